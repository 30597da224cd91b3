// Full snarkjs Groth16 round trip (setup from the dev powers of tau, prove, verify) for receipt_simple
// and the tiny dense+relu+argmax model; tampered public signals and swapped keys must not verify.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import * as snarkjs from "snarkjs";
import { CIRCUITS_DIR, QUIET, compile, shutdownCurve } from "./support/circom.mjs";
import { loadShape, mainInput, withRandomParameters } from "./support/models.mjs";
import { rng } from "./support/random.mjs";
import { inference, poseidonHasher } from "./reference/zkml-spec.mjs";
import { inferenceMain } from "../scripts/model-main.mjs";

after(shutdownCurve);
const PTAU = join(CIRCUITS_DIR, "ptau", "pot12_dev_unsafe.ptau");

/** Proving key from the dev ptau plus a beacon phase-2 contribution, cached by R1CS and ptau hash. */
async function setup(circuit) {
  const digest = createHash("sha256").update(readFileSync(circuit.r1cs)).update(readFileSync(PTAU)).digest("hex").slice(0, 16);
  const dir = join(CIRCUITS_DIR, "target", "circom-cache", "zkeys");
  const zkey = join(dir, `${circuit.name}-${digest}.zkey`);
  if (!existsSync(zkey)) {
    mkdirSync(dir, { recursive: true });
    const initial = `${zkey}.${process.pid}.0`;
    await snarkjs.zKey.newZKey(circuit.r1cs, PTAU, initial, QUIET);
    await snarkjs.zKey.beacon(initial, `${zkey}.${process.pid}`, "AITBC dev beacon, UNSAFE", "0b5e55ed".repeat(8), 10, QUIET);
    renameSync(`${zkey}.${process.pid}`, zkey);
  }
  return { zkey, vkey: await snarkjs.zKey.exportVerificationKey(zkey, QUIET) };
}

const asStrings = (values) => values.map(String);

describe("Groth16 with snarkjs", () => {
  let hash;
  let receipt;
  let model;
  before(async () => {
    hash = await poseidonHasher();
    const receiptCircuit = await compile("receipt_simple", readFileSync(join(CIRCUITS_DIR, "main", "receipt_simple.circom"), "utf8"));
    receipt = { circuit: receiptCircuit, ...(await setup(receiptCircuit)) };
    const shape = loadShape("tiny-mlp");
    const modelCircuit = await compile("tiny-mlp", inferenceMain(shape));
    model = { circuit: modelCircuit, shape, ...(await setup(modelCircuit)) };
  });

  test("receipt_simple: prove and verify; another recipient or amount does not verify", async () => {
    const input = { receiptId: 42n, modelCommitment: 7n, outputHash: 9n, secret: 123456789n, amount: 5000n, recipient: 0x1234567890abcdefn };
    const { proof, publicSignals } = await snarkjs.groth16.fullProve(
      Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v.toString()])), receipt.circuit.wasm, receipt.zkey, QUIET);
    const expected = [hash([42n, 7n, 9n, 5000n, hash([123456789n])]), hash([123456789n, 42n]), 5000n, 0x1234567890abcdefn];
    assert.deepEqual(publicSignals, asStrings(expected));
    assert.equal(await snarkjs.groth16.verify(receipt.vkey, publicSignals, proof, QUIET), true);
    for (const i of [0, 1, 2, 3]) {
      const changed = publicSignals.slice();
      changed[i] = (BigInt(changed[i]) + 1n).toString();
      assert.equal(await snarkjs.groth16.verify(receipt.vkey, changed, proof, QUIET), false, `public signal ${i}`);
    }
  });

  test("tiny MLP: the proof's public signals are the reference inference and verify; tampering does not", async () => {
    const r = rng(31);
    const params = withRandomParameters(model.shape, r);
    const x = r.ints(6, 16);
    const archHash = 0xa5a5n << 200n;
    const input = mainInput(params, archHash, x);
    const { proof, publicSignals } = await snarkjs.groth16.fullProve(stringify(input), model.circuit.wasm, model.zkey, QUIET);
    assert.deepEqual(publicSignals, asStrings(inference(hash, params, x, archHash)));
    assert.equal(await snarkjs.groth16.verify(model.vkey, publicSignals, proof, QUIET), true);
    // Claim another model commitment (a proof made with other weights), another output hash, class,
    // logit or architecture.
    for (const i of [0, 2, 3, 4, publicSignals.length - 1]) {
      const changed = publicSignals.slice();
      changed[i] = (BigInt(changed[i]) + 1n).toString();
      assert.equal(await snarkjs.groth16.verify(model.vkey, changed, proof, QUIET), false, `public signal ${i}`);
    }
  });
});

function stringify(value) {
  if (Array.isArray(value)) return value.map(stringify);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringify(v)]));
  return value.toString();
}
