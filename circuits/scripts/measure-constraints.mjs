// Benchmark (not a test): constraints per unit of every template, and compile time / memory of whole
// generated model mains with circom2 at --O1 and --O2. Prints Markdown.
// Usage: node scripts/measure-constraints.mjs [units] [model IN-H1-...-OUT ...]
//   node scripts/measure-constraints.mjs units 64-32-10
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inferenceMain } from "./model-main.mjs";

const CIRCUITS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Compiles a main; returns circom's report and /usr/bin/time's "TIME seconds KiB" line. */
function compileMeasured(source, optimization) {
  const dir = mkdtempSync(join(tmpdir(), "aitbc-measure-"));
  try {
    writeFileSync(join(dir, "main.circom"), source);
    const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %M %U %S", process.execPath, join(CIRCUITS_DIR, "node_modules/circom2/cli.js"),
      join(dir, "main.circom"), "--r1cs", "--wasm", `--${optimization}`, "-l", "lib", "-l", "node_modules", "-o", dir],
    { cwd: CIRCUITS_DIR, encoding: "utf8", maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`circom2 failed:\n${run.stdout}\n${run.stderr}`);
    return `${run.stdout}\n${run.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parse(text) {
  const num = (re) => Number((text.match(re) || [])[1]);
  const [, seconds, kib, user, sys] = text.match(/TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/);
  return {
    constraints: num(/non-linear constraints: (\d+)/) + num(/(?<!non-)linear constraints: (\d+)/),
    wires: num(/wires: (\d+)/),
    seconds: Number(seconds),
    cpu: Math.round((Number(user) + Number(sys)) * 10) / 10,
    mib: Math.round(Number(kib) / 1024),
  };
}

// Each unit: a main builder for size n, two sizes, the unit name.
const UNITS = [
  ["dense multiply-accumulate (DenseLayer, per weight)", (n) => `DenseLayer(${n}, 1, 0)`, 16, 48, "weight"],
  ["DenseLayer(1, n, 8) per output: 1 MAC + Rescale(8)", (n) => `DenseLayer(1, ${n}, 8)`, 8, 24, "output"],
  ["conv2d 3x3, stride 1, pad 1 (per output channel, 8x8 image)", (n) => `Conv2dLayer(1, 8, 8, ${n}, 3, 3, 1, 1, 6)`, 1, 3, "channel"],
  ["ReLULayer, own 32-bit decomposition", (n) => `ReLULayer(${n})`, 8, 24, "value"],
  ["ReLUFromSignLayer (after a rescale)", (n) => `ReLUFromSignLayer(${n})`, 8, 24, "value"],
  ["SquareLayer(fA = 8)", (n) => `SquareLayer(${n}, 8)`, 8, 24, "value"],
  ["AvgPool2dLayer 2x2 (per output)", (n) => `AvgPool2dLayer(1, ${2 * n}, 2, 2)`, 8, 24, "output"],
  ["Argmax(n, 32)", (n) => `Argmax(${n}, 32)`, 4, 12, "element"],
  ["PackSigned(m, 8): weight range check + packing", (n) => `PackSigned(${n}, 8)`, 62, 186, "value"],
  ["PackSigned(m, 16): input value", (n) => `PackSigned(${n}, 16)`, 30, 90, "value"],
  ["PackSigned(m, 32): bias / logit", (n) => `PackSigned(${n}, 32)`, 14, 42, "value"],
  ["PoseidonSponge, per chunk of 15 elements", (n) => `PoseidonSponge(${n})`, 15, 45, "chunk", 15],
];

function unitMain(expr) {
  return `pragma circom 2.1.5;
include "ml/layers.circom";
include "ml/argmax.circom";
include "ml/commitment.circom";
component main = ${expr};
`;
}

function measureUnits() {
  console.log("| template | constraints per unit (--O2) | constraints per unit (--O1) |");
  console.log("|---|---|---|");
  for (const [label, make, a, b, unit, per = 1] of UNITS) {
    const cells = ["O2", "O1"].map((o) => {
      const ca = parse(compileMeasured(unitMain(make(a)), o)).constraints;
      const cb = parse(compileMeasured(unitMain(make(b)), o)).constraints;
      return `${((cb - ca) / ((b - a) / per)).toFixed(2)} per ${unit}`;
    });
    console.log(`| ${label} | ${cells[0]} | ${cells[1]} |`);
  }
  const sponge1 = parse(compileMeasured(unitMain("PoseidonSponge(1)"), "O2")).constraints;
  console.log(`| PoseidonSponge(1): one chunk + the final Poseidon(2) | ${sponge1} | |`);
}

/** An MLP IN-H1-...-OUT with ReLU between dense layers, the spec's default widths. */
function mlp(sizes) {
  const layers = [];
  for (let i = 1; i < sizes.length; i++) {
    layers.push({ type: "dense", out: sizes[i], fW: 7 });
    if (i < sizes.length - 1) layers.push({ type: "relu" });
  }
  return { inputShape: [sizes[0]], bIn: 16, bW: 8, bB: 32, fA: 8, layers };
}

function measureModels(specs) {
  console.log("\n| model | params | --O2 constraints | --O2 compile wall s / CPU s | --O2 peak MiB | --O1 constraints | --O1 compile wall s / CPU s | --O1 peak MiB |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const spec of specs) {
    const sizes = spec.split("-").map(Number);
    let params = 0;
    for (let i = 1; i < sizes.length; i++) params += sizes[i] * sizes[i - 1] + sizes[i];
    const source = inferenceMain(mlp(sizes));
    const o2 = parse(compileMeasured(source, "O2"));
    const o1 = parse(compileMeasured(source, "O1"));
    console.log(`| MLP ${spec} | ${params} | ${o2.constraints} | ${o2.seconds} / ${o2.cpu} | ${o2.mib} | ${o1.constraints} | ${o1.seconds} / ${o1.cpu} | ${o1.mib} |`);
  }
}

const args = process.argv.slice(2);
if (args.length === 0) args.push("units", "64-32-10");
if (args.includes("units")) measureUnits();
measureModels(args.filter((a) => a !== "units"));
