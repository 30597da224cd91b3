// Test harness: compiles circom mains with the pinned circom2 (cached under target/ by source hash),
// computes witnesses with the generated wasm (snarkjs wtns calculate), reads signals by name through the
// .sym file, and checks (possibly tampered) witnesses against the R1CS with snarkjs wtns check.
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import * as snarkjs from "snarkjs";
import { P, toField } from "../reference/zkml-spec.mjs";

export const CIRCUITS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CACHE_DIR = join(CIRCUITS_DIR, "target", "circom-cache");
const COMPILE = join(CIRCUITS_DIR, "scripts", "compile-main.sh");
const run = promisify(execFile);
export const QUIET = { debug() {}, info() {}, warn() {}, error() {} };

/** Hash of every library source, so that the cache key changes when a template changes. */
function libraryDigest() {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".circom")) h.update(relative(CIRCUITS_DIR, path)).update(readFileSync(path));
    }
  };
  walk(join(CIRCUITS_DIR, "lib"));
  h.update(readFileSync(join(CIRCUITS_DIR, "package-lock.json")));
  return h.digest("hex");
}
const LIBRARY_DIGEST = libraryDigest();

/** Compiles `source` (a main circom file) with scripts/compile-main.sh, the command the README documents. */
export async function compile(name, source, { optimization = "O2" } = {}) {
  const key = createHash("sha256").update(LIBRARY_DIGEST).update(optimization).update(source).digest("hex").slice(0, 16);
  const dir = join(CACHE_DIR, `${name}-${key}`);
  if (!existsSync(join(dir, "main.r1cs"))) {
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, "main.circom"), source);
    try {
      await run(COMPILE, [join(tmp, "main.circom"), tmp, `--${optimization}`], { maxBuffer: 64 << 20 });
    } catch (e) {
      throw new Error(`circom2 failed for ${name}:\n${e.stdout}\n${e.stderr}`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  }
  return new Circuit(name, dir);
}

export class Circuit {
  constructor(name, dir) {
    this.name = name;
    this.dir = dir;
    this.r1cs = join(dir, "main.r1cs");
    this.wasm = join(dir, "main_js", "main.wasm");
    this.signals = new Map();
    for (const line of readFileSync(join(dir, "main.sym"), "utf8").split("\n")) {
      if (!line) continue;
      const [, witnessIndex, , name] = line.split(",");
      this.signals.set(name, Number(witnessIndex));
    }
  }

  /** R1CS header numbers (constraints, wires, public signals). */
  async info() {
    if (!this._info) this._info = await snarkjs.r1cs.info(this.r1cs, QUIET);
    return this._info;
  }

  /** Witness index of a signal (e.g. "main.out[2]"); fails if the optimizer removed it. */
  index(name) {
    const i = this.signals.get(name);
    if (i === undefined) throw new Error(`${this.name}: no signal ${name}`);
    if (i < 0) throw new Error(`${this.name}: signal ${name} was optimized away`);
    return i;
  }

  /** Computes the witness (BigInt array) for inputs whose values may be negative BigInts or nested arrays. */
  async witness(input) {
    const file = join(this.dir, `w-${process.pid}-${Math.random().toString(36).slice(2)}.wtns`);
    try {
      await snarkjs.wtns.calculate(normalize(input), this.wasm, file);
      return await snarkjs.wtns.exportJson(file);
    } finally {
      rmSync(file, { force: true });
    }
  }

  /**
   * Asserts that the input has no witness: the wasm's own check of a constraint (an `===` or `<==`)
   * fails. Any other error (a wrong signal name, too many values) is rethrown. The runtime's console
   * report of the expected failure is kept out of the build log.
   */
  async assertNoWitness(input, message = "") {
    const report = console.error;
    console.error = () => {};
    try {
      await this.witness(input);
    } catch (e) {
      if (/Assert Failed/.test(e.message)) return;
      throw e;
    } finally {
      console.error = report;
    }
    throw new Error(`${this.name}: expected no witness ${message}`);
  }

  /** Public signals (outputs, then public inputs) of a witness, as snarkjs lists them. */
  async publicSignals(witness) {
    const { nOutputs, nPubInputs } = await this.info();
    return witness.slice(1, 1 + nOutputs + nPubInputs);
  }

  value(witness, name) {
    return witness[this.index(name)];
  }

  /** Copy of the witness with the named signals replaced (values may be negative BigInts). */
  tamper(witness, changes) {
    const copy = witness.slice();
    for (const [name, value] of Object.entries(changes)) copy[this.index(name)] = toField(BigInt(value));
    return copy;
  }

  /** Whether the witness satisfies every constraint of the R1CS (snarkjs wtns check). */
  async satisfies(witness) {
    const file = join(this.dir, `c-${process.pid}-${Math.random().toString(36).slice(2)}.wtns`);
    try {
      writeWtns(file, witness);
      return await snarkjs.wtns.check(this.r1cs, file, QUIET);
    } finally {
      rmSync(file, { force: true });
    }
  }
}

function normalize(value) {
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  return toField(BigInt(value)).toString();
}

/** Writes a .wtns file (iden3 binary format, version 2: header section 1, values section 2). */
function writeWtns(file, witness) {
  const n8 = 32;
  const header = Buffer.alloc(4 + n8 + 4);
  header.writeUInt32LE(n8, 0);
  writeLe(header, 4, P, n8);
  header.writeUInt32LE(witness.length, 4 + n8);
  const values = Buffer.alloc(witness.length * n8);
  witness.forEach((v, i) => writeLe(values, i * n8, ((BigInt(v) % P) + P) % P, n8));
  const section = (type, body) => {
    const h = Buffer.alloc(12);
    h.writeUInt32LE(type, 0);
    h.writeBigUInt64LE(BigInt(body.length), 4);
    return Buffer.concat([h, body]);
  };
  const magic = Buffer.from("wtns", "ascii");
  const top = Buffer.alloc(8);
  top.writeUInt32LE(2, 0);
  top.writeUInt32LE(2, 4);
  writeFileSync(file, Buffer.concat([magic, top, section(1, header), section(2, values)]));
}

function writeLe(buf, offset, value, n) {
  let v = value;
  for (let i = 0; i < n; i++) {
    buf[offset + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** Stops the worker threads that snarkjs's curve keeps (else node --test waits for them). */
export async function shutdownCurve() {
  const curve = await snarkjs.curves.getCurveFromName("bn128");
  await curve.terminate();
}
