// Generated inference and model-integrity mains of tiny models (ZKML-SPEC §4) against the reference.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CIRCUITS_DIR, compile, shutdownCurve } from "./support/circom.mjs";
import { loadShape, mainInput, withRandomParameters } from "./support/models.mjs";
import { rng } from "./support/random.mjs";
import { inference, modelCommitment, poseidonHasher } from "./reference/zkml-spec.mjs";
import { inferenceMain, integrityMain } from "../scripts/model-main.mjs";

after(shutdownCurve);
let hash;
before(async () => {
  hash = await poseidonHasher();
});
const ARCH_HASH = (1n << 247n) + 12345n; // any 248-bit value

test("the committed example mains are what the generator emits", () => {
  for (const name of ["tiny-mlp", "tiny-cnn", "tiny-strided"]) {
    const shape = loadShape(name);
    const read = (file) => readFileSync(join(CIRCUITS_DIR, "examples", file), "utf8");
    assert.equal(read(`${name}.circom`), inferenceMain(shape), name);
    assert.equal(read(`${name}-integrity.circom`), integrityMain(shape), name);
  }
});

test("the generator refuses shapes the templates cannot express", () => {
  const base = { bIn: 16, bW: 8, bB: 32, fA: 8 };
  assert.throws(() => inferenceMain({ ...base, inputShape: [4], layers: [{ type: "relu" }] }), /at least one dense or conv2d/);
  assert.throws(() => inferenceMain({ ...base, inputShape: [1, 4, 4], layers: [{ type: "dense", out: 2, fW: 1 }] }), /flat input/);
  assert.throws(() => inferenceMain({ ...base, inputShape: [16], layers: [{ type: "conv2d", outC: 1, kH: 1, kW: 1, stride: 1, pad: 0, fW: 1 }] }), /C x H x W/);
  assert.throws(() => inferenceMain({ ...base, inputShape: [4], layers: [{ type: "gelu" }] }), /unsupported/);
});

// [example, input bits, bias bits]: the models that square activations get smaller values.
// tiny-strided: ReLU on the input (own decomposition), stride 2, a ReLU across a flatten (reusing the
// conv's sign bits), 10-bit weights, and square logits.
for (const [name, inputBits, biasBits] of [["tiny-mlp", 16, 32], ["tiny-cnn", 10, 16], ["tiny-strided", 10, 16]]) {
  describe(`${name} inference main`, () => {
    const shape = loadShape(name);
    let circuit;
    before(async () => {
      circuit = await compile(name, inferenceMain(shape));
    });

    test("public signals = [modelCommitment, inputHash, outputHash, predictedClass, logits, archHash] of the reference", async () => {
      const r = rng(name.length);
      for (let round = 0; round < 4; round++) {
        const model = withRandomParameters(shape, r, biasBits);
        const x = r.ints(shape.inputShape.reduce((a, b) => a * b, 1), inputBits);
        const w = await circuit.witness(mainInput(model, ARCH_HASH, x));
        assert.deepEqual(await circuit.publicSignals(w), inference(hash, model, x, ARCH_HASH));
        assert.ok(await circuit.satisfies(w));
      }
    });

    test("wrong public outputs and a changed archHash are rejected", async () => {
      const r = rng(99);
      const model = withRandomParameters(shape, r, biasBits);
      const x = r.ints(shape.inputShape.reduce((a, b) => a * b, 1), inputBits);
      const w = await circuit.witness(mainInput(model, ARCH_HASH, x));
      const signals = await circuit.publicSignals(w);
      const k = signals.length - 5;
      const tampered = {
        "main.modelCommitment": signals[0] + 1n,
        "main.inputHash": signals[1] + 1n,
        "main.outputHash": signals[2] + 1n,
        "main.predictedClass": (signals[3] + 1n) % BigInt(k),
        "main.logits[0]": signals[4] + 1n,
        "main.archHash": ARCH_HASH + 1n,
      };
      for (const [signal, value] of Object.entries(tampered)) {
        assert.equal(await circuit.satisfies(circuit.tamper(w, { [signal]: value })), false, signal);
      }
    });

    test("an input, weight or bias outside its width has no witness", async () => {
      const r = rng(5);
      const model = withRandomParameters(shape, r, biasBits);
      const x = r.ints(shape.inputShape.reduce((a, b) => a * b, 1), inputBits);
      const good = mainInput(model, ARCH_HASH, x);
      const bad = [
        { ...good, x: [1n << BigInt(shape.bIn - 1), ...x.slice(1)] },
        { ...good, w0: [-(1n << BigInt(shape.bW - 1)) - 1n, ...good.w0.slice(1)] },
        { ...good, b0: [1n << BigInt(shape.bB - 1), ...good.b0.slice(1)] },
      ];
      for (const [i, input] of bad.entries()) await circuit.assertNoWitness(input, `case ${i}`);
    });
  });
}

describe("model integrity main", () => {
  test("outputs the reference commitment, the same as the inference main's", async () => {
    const shape = loadShape("tiny-mlp");
    const integrity = await compile("tiny-mlp-integrity", integrityMain(shape));
    const inferenceCircuit = await compile("tiny-mlp", inferenceMain(shape));
    const r = rng(11);
    const model = withRandomParameters(shape, r);
    const w = await integrity.witness(mainInput(model, ARCH_HASH));
    const expected = modelCommitment(hash, ARCH_HASH, model);
    assert.deepEqual(await integrity.publicSignals(w), [expected, ARCH_HASH]);
    const x = r.ints(6, 16);
    const wi = await inferenceCircuit.witness(mainInput(model, ARCH_HASH, x));
    assert.equal(inferenceCircuit.value(wi, "main.modelCommitment"), expected);

    // One weight changed by one: another commitment; claiming the old one is rejected.
    const other = { ...model, layers: model.layers.map((l, i) => (i === 2 ? { ...l, w: [l.w[0] === 127n ? 126n : l.w[0] + 1n, ...l.w.slice(1)] } : l)) };
    const w2 = await integrity.witness(mainInput(other, ARCH_HASH));
    assert.notEqual(integrity.value(w2, "main.modelCommitment"), expected);
    assert.equal(await integrity.satisfies(integrity.tamper(w2, { "main.modelCommitment": expected })), false);
  });
});
