// lib/hybrid: the key, input and evaluation relations of docs/HYBRID.md on tiny rings (N = 16; the
// production parameters differ only in size), against the independent reference in reference/hybrid.mjs.
// Each negative case builds an instance that is consistent except for the one property under test, so
// only the constraint that checks it can reject it.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile, shutdownCurve } from "./support/circom.mjs";
import { rng } from "./support/random.mjs";
import { modelCommitment, poseidonHasher } from "./reference/zkml-spec.mjs";
import {
  P, mod, pack, packBounded, packTernary, commitment, keyInstance, keyFromWitness, keyProofInput,
  encryptionInstance, encryptionFromWitness, inputProofInput, evaluationInstance, evaluationFromWitness,
  evalProofInput,
} from "./reference/hybrid.mjs";

after(shutdownCurve);
let hash;
before(async () => {
  hash = await poseidonHasher();
});

// Q needs no special form in the circuit: a 100-bit odd number; t = 2^34.
const Q = (1n << 100n) - 15n;
const PARAMS = { N: 16, Q, Delta: Q / (1n << 34n), eBits: 6, fBits: 20 };
const KEY_K_BITS = 6;      // |k| <= N/2 + 1 for centered keys
const INPUT = { n: 4, lo: 0n, hi: 256n, kBits: 6 };
const MODEL = { n: 4, outputs: 3, bW: 8, bB: 32, kBits: 12, kappaBits: 12 };

const keyMain = `pragma circom 2.1.5;
include "hybrid/proofs.circom";
component main {public [z, target, w]} = HybridKeyProof(${PARAMS.N}, ${PARAMS.eBits}, ${KEY_K_BITS}, ${Q});
`;
const inputMain = `pragma circom 2.1.5;
include "hybrid/proofs.circom";
component main {public [z, gamma, target, w]} = HybridInputProof(${PARAMS.N}, ${INPUT.n}, ${PARAMS.eBits}, ${INPUT.kBits}, ${INPUT.lo}, ${INPUT.hi}, ${Q}, ${PARAMS.Delta});
`;
const evalMain = `pragma circom 2.1.5;
include "hybrid/proofs.circom";
component main {public [archHash, z, gamma, target, wv, wu]} = HybridEvalProof(${PARAMS.N}, ${MODEL.n}, ${MODEL.outputs}, ${MODEL.bW}, ${MODEL.bB}, ${PARAMS.eBits}, ${MODEL.kBits}, ${PARAMS.fBits}, ${MODEL.kappaBits}, ${Q}, ${PARAMS.Delta});
`;

const challenge = (r) => r.unsigned(253) % P;
const inverse = (x) => {
  let [a, b, u] = [mod(x, P), P, 1n];
  let v = 0n;
  while (b) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [u, v] = [v, u - q * v];
  }
  return mod(u, P);
};

describe("HybridKeyProof", () => {
  let circuit;
  before(async () => {
    circuit = await compile("hybrid_key", keyMain);
  });

  test("a well-formed key has a witness; the commitment is the reference's", async () => {
    const r = rng(901);
    for (let round = 0; round < 2; round++) {
      const key = keyInstance(r, PARAMS);
      const salt = r.unsigned(250);
      const w = await circuit.witness(keyProofInput(key, challenge(r), salt));
      const expected = commitment(hash, [...packTernary(key.s), ...pack(key.e, PARAMS.eBits), ...pack(key.k, KEY_K_BITS)], salt);
      assert.deepEqual((await circuit.publicSignals(w))[0], expected);
    }
  });

  test("a secret that is not ternary, noise or quotient out of range, or a wrong identity has no witness", async () => {
    const r = rng(902);
    const base = keyInstance(r, PARAMS);
    const z = challenge(r);
    const withSecret = keyFromWitness({ a: base.a, s: base.s.map((x, i) => (i === 3 ? 2n : x)), e: base.e }, PARAMS);
    await circuit.assertNoWitness(keyProofInput(withSecret, z, 1n), "s = 2");
    const withNoise = keyFromWitness({ a: base.a, s: base.s, e: base.e.map((x, i) => (i === 5 ? 32n : x)) }, PARAMS);
    await circuit.assertNoWitness(keyProofInput(withNoise, z, 1n), "e = 32");
    // A control with the largest noise in range passes.
    const edge = keyFromWitness({ a: base.a, s: base.s, e: base.e.map((x, i) => (i === 5 ? 31n : i === 6 ? -32n : x)) }, PARAMS);
    await circuit.witness(keyProofInput(edge, z, 1n));
    // A false claim e_0 + 1 balanced in the field by k_0 - Q^-1: only the range of k rejects it.
    const input = keyProofInput(base, z, 1n);
    const wrapped = { ...input, e: input.e.map((x, i) => (i === 0 ? x + 1n : x)), k: input.k.map((x, i) => (i === 0 ? mod(x - inverse(Q), P) : x)) };
    await circuit.assertNoWitness(wrapped, "k balancing a wrong e in the field");
    await circuit.assertNoWitness({ ...input, e: wrapped.e }, "wrong e");
    await circuit.assertNoWitness({ ...input, target: mod(input.target + 1n, P) }, "wrong b(z)");
  });
});

describe("HybridInputProof", () => {
  let circuit;
  before(async () => {
    circuit = await compile("hybrid_input", inputMain);
  });
  const message = (r) => Array.from({ length: INPUT.n }, () => r.next() % (INPUT.hi + 1n));

  test("a fresh encryption has a witness; the commitment is the reference's", async () => {
    const r = rng(911);
    const key = keyInstance(r, PARAMS);
    for (const m of [message(r), [INPUT.lo, INPUT.hi, INPUT.lo, INPUT.hi]]) {
      const enc = encryptionInstance(r, key, m, PARAMS);
      const salt = r.unsigned(250);
      const w = await circuit.witness(inputProofInput(key, enc, challenge(r), challenge(r), salt));
      const elements = [...packTernary(enc.u), ...pack(enc.e0, PARAMS.eBits), ...pack(enc.e1, PARAMS.eBits),
        ...packBounded(enc.m, INPUT.lo, INPUT.hi), ...pack(enc.k0, INPUT.kBits), ...pack(enc.k1, INPUT.kBits)];
      assert.deepEqual((await circuit.publicSignals(w))[0], commitment(hash, elements, salt));
    }
  });

  test("a message outside [lo, hi], non-ternary u, a broken c1, or another key has no witness", async () => {
    const r = rng(912);
    const key = keyInstance(r, PARAMS);
    const enc = encryptionInstance(r, key, message(r), PARAMS);
    const [z, gamma] = [challenge(r), challenge(r)];
    const witness = { u: enc.u, e0: enc.e0, e1: enc.e1, m: enc.m };
    const variant = (changes) => inputProofInput(key, encryptionFromWitness(key, { ...witness, ...changes }, PARAMS), z, gamma, 1n);
    await circuit.assertNoWitness(variant({ m: [INPUT.hi + 1n, 0n, 0n, 0n] }), "m = hi + 1");
    await circuit.assertNoWitness(variant({ m: [0n, -1n, 0n, 0n] }), "m = lo - 1");
    await circuit.assertNoWitness(variant({ u: enc.u.map((x, i) => (i === 7 ? -2n : x)) }), "u = -2");
    await circuit.assertNoWitness(variant({ e1: enc.e1.map((x, i) => (i === 2 ? -33n : x)) }), "e1 = -33");
    const input = inputProofInput(key, enc, z, gamma, 1n);
    await circuit.assertNoWitness({ ...input, e1: input.e1.map((x, i) => (i === 9 ? x + 1n : x)) }, "c1 identity broken");
    await circuit.assertNoWitness({ ...input, m: input.m.map((x, i) => (i === 1 ? x + 1n : x)) }, "another message");
    const other = keyInstance(r, PARAMS);
    await circuit.assertNoWitness(inputProofInput(other, enc, z, gamma, 1n), "ciphertext of another key");
  });
});

describe("HybridEvalProof", () => {
  let circuit;
  before(async () => {
    circuit = await compile("hybrid_eval", evalMain);
  });
  const setup = (seed) => {
    const r = rng(seed);
    const key = keyInstance(r, PARAMS);
    const enc = encryptionInstance(r, key, Array.from({ length: MODEL.n }, () => r.next() % 257n), PARAMS);
    const model = { ...MODEL, weights: r.ints(MODEL.n * MODEL.outputs, MODEL.bW), bias: r.ints(MODEL.outputs, MODEL.bB) };
    return { r, key, enc, model, archHash: r.unsigned(248), z: challenge(r), gamma: challenge(r) };
  };

  test("an honest evaluation has a witness; the model commitment is ZKML-SPEC's", async () => {
    const { r, key, enc, model, archHash, z, gamma } = setup(921);
    const ev = evaluationInstance(r, key, enc, model, PARAMS);
    const salt = r.unsigned(250);
    const w = await circuit.witness(evalProofInput(key, enc, model, ev, archHash, z, gamma, salt));
    const spec = { bW: MODEL.bW, bB: MODEL.bB, layers: [{ w: model.weights, b: model.bias }] };
    const [modelSignal, commitSignal] = await circuit.publicSignals(w);
    assert.equal(modelSignal, modelCommitment(hash, archHash, spec));
    const elements = [...packTernary(ev.u), ...pack(ev.e1, PARAMS.eBits), ...pack(ev.k1, MODEL.kBits),
      ...pack(ev.f, PARAMS.fBits), ...pack(ev.kappa, MODEL.kappaBits)];
    assert.equal(commitSignal, commitment(hash, elements, salt));
  });

  test("a tampered weight, bias, c1', beta, a weight out of range or flooding out of range has no witness", async () => {
    const { r, key, enc, model, archHash, z, gamma } = setup(922);
    const ev = evaluationInstance(r, key, enc, model, PARAMS);
    const input = evalProofInput(key, enc, model, ev, archHash, z, gamma, 1n);
    await circuit.witness(input); // control
    await circuit.assertNoWitness({ ...input, weights: input.weights.map((x, i) => (i === 5 ? x + 1n : x)) }, "weight + 1");
    await circuit.assertNoWitness({ ...input, bias: input.bias.map((x, i) => (i === 1 ? x - 1n : x)) }, "bias - 1");
    const claim = (changes) => evalProofInput(key, enc, model, { ...ev, ...changes }, archHash, z, gamma, 1n);
    await circuit.assertNoWitness(claim({ c1out: ev.c1out.map((x, i) => (i === 4 ? x + 1n : x)) }), "c1' changed");
    await circuit.assertNoWitness(claim({ beta: ev.beta.map((x, i) => (i === 2 ? x + PARAMS.Delta : x)) }), "beta_2 + Delta");
    const witness = { u: ev.u, e1: ev.e1, f: ev.f };
    const heavy = { ...model, weights: model.weights.map((x, i) => (i === 0 ? 128n : x)) };
    const evHeavy = evaluationFromWitness(key, enc, heavy, witness, PARAMS);
    await circuit.assertNoWitness(evalProofInput(key, enc, heavy, evHeavy, archHash, z, gamma, 1n), "weight 128");
    const loud = evaluationFromWitness(key, enc, model, { ...witness, f: [1n << 19n, 0n, 0n] }, PARAMS);
    await circuit.assertNoWitness(evalProofInput(key, enc, model, loud, archHash, z, gamma, 1n), "f = 2^19");
    const edge = evaluationFromWitness(key, enc, model, { ...witness, f: [(1n << 19n) - 1n, -(1n << 19n), 0n] }, PARAMS);
    await circuit.witness(evalProofInput(key, enc, model, edge, archHash, z, gamma, 1n)); // control at the bounds
    const other = setup(923);
    await circuit.assertNoWitness(evalProofInput(key, other.enc, model, ev, archHash, z, gamma, 1n), "another input ciphertext");
  });
});
