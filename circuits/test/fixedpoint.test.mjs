// Rescale, ReLU and Square (ZKML-SPEC §2) against the JavaScript reference, plus tampered witnesses.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile, shutdownCurve } from "./support/circom.mjs";
import { fromField, relu, rescale, square } from "./reference/zkml-spec.mjs";

after(shutdownCurve);

const SHIFTS = [0, 1, 8, 24];
const EDGE = [0n, 1n, -1n, 255n, -256n, 1234567n, -7654321n, (1n << 31n) - 1n, -(1n << 31n)];

describe("Rescale(s)", () => {
  let circuit;
  before(async () => {
    circuit = await compile("rescale", `pragma circom 2.1.5;
include "ml/fixedpoint.circom";
template Battery() {
    var shifts[${SHIFTS.length}] = [${SHIFTS.join(", ")}];
    signal input in[${SHIFTS.length}];
    signal output out[${SHIFTS.length}];
    signal output isNonNeg[${SHIFTS.length}];
    component r[${SHIFTS.length}];
    for (var i = 0; i < ${SHIFTS.length}; i++) {
        r[i] = Rescale(shifts[i]);
        r[i].in <== in[i];
        out[i] <== r[i].out;
        isNonNeg[i] <== r[i].isNonNeg;
    }
}
component main = Battery();
`, { optimization: "O1" }); // --O1 keeps every bit as a wire, so the tampering below can name them
  });

  // Accumulators whose quotient lands on the edges of the 32-bit range, for every shift.
  const cases = EDGE.flatMap((q) => [0n, 1n, 3n].map((extra) => SHIFTS.map((s) => (q << BigInt(s)) + (extra % (1n << BigInt(s))))));

  test("out = floor(in / 2^s) and the sign, like the reference", async () => {
    for (const input of cases) {
      const w = await circuit.witness({ in: input });
      SHIFTS.forEach((s, i) => {
        const q = rescale(input[i], s);
        assert.equal(fromField(circuit.value(w, `main.out[${i}]`)), q, `in=${input[i]} s=${s}`);
        assert.equal(circuit.value(w, `main.isNonNeg[${i}]`), q >= 0n ? 1n : 0n);
      });
    }
  });

  test("an accumulator whose quotient leaves the 32-bit range has no witness", async () => {
    for (const q of [1n << 31n, -(1n << 31n) - 1n]) {
      await circuit.assertNoWitness({ in: SHIFTS.map((s) => q << BigInt(s)) }, `q = ${q}`);
    }
  });

  test("a rounded-up quotient with an out-of-range remainder is rejected", async () => {
    // in = 7 at s = 8: honest q = 0, r = 7. Cheat: q = 1 and r = 7 - 256 < 0, putting -249's worth
    // into the remainder bits, which cannot all be 0/1.
    const input = [5n, 5n, 7n, -3n];
    const w = await circuit.witness({ in: input });
    assert.ok(await circuit.satisfies(w), "honest witness must pass");
    const s = 8;
    const i = 2;
    const bits = (k) => `main.r[${i}].bits.out[${k}]`;
    // Cheat q = 1: quotient bits of q + 2^31 = 2^31 + 1 -> bit s+0 = 1 and bit s+31 = 1; remainder
    // must then be 7 - 256 = -249: put it all on remainder bit 0 (a non-boolean value).
    const changes = { [`main.out[${i}]`]: 1n, [bits(s)]: 1n, [bits(0)]: -249n + 0n };
    for (let k = 1; k < s; k++) changes[bits(k)] = 0n;
    assert.equal(await circuit.satisfies(circuit.tamper(w, changes)), false);
    // Control: the same edit with an honest remainder (q = 0, r = 7 on the low bits) passes.
    const control = { [`main.out[${i}]`]: 0n, [bits(s)]: 0n, [bits(0)]: 1n, [bits(1)]: 1n, [bits(2)]: 1n };
    assert.ok(await circuit.satisfies(circuit.tamper(w, control)));
  });

  test("a wrong sign bit is rejected", async () => {
    const w = await circuit.witness({ in: [-5n, 6n, 700n, -900n] });
    const flipped = 1n - circuit.value(w, "main.isNonNeg[3]");
    assert.equal(await circuit.satisfies(circuit.tamper(w, { "main.isNonNeg[3]": flipped })), false);
  });
});

describe("ReLU and Square", () => {
  let circuit;
  const N = 6;
  before(async () => {
    circuit = await compile("relu-square", `pragma circom 2.1.5;
include "ml/layers.circom";
template T() {
    signal input x[${N}];
    signal output relu[${N}];
    signal output fused[${N}];
    signal output square[${N}];
    component plain = ReLULayer(${N});
    plain.in <== x;
    relu <== plain.out;
    component sq = SquareLayer(${N}, 8);
    sq.in <== x;
    square <== sq.out;
    // ReLU of the squared values through their proven sign bits.
    component afterSq = ReLUFromSignLayer(${N});
    afterSq.in <== sq.out;
    afterSq.isNonNeg <== sq.isNonNeg;
    fused <== afterSq.out;
}
component main = T();
`);
  });

  test("match the reference", async () => {
    const xs = [0n, 1n, -1n, 3000n, -3000n, (1n << 19n) + 5n];
    const w = await circuit.witness({ x: xs });
    const sq = square(xs, 8);
    xs.forEach((_, i) => {
      assert.equal(fromField(circuit.value(w, `main.relu[${i}]`)), relu(xs)[i]);
      assert.equal(fromField(circuit.value(w, `main.square[${i}]`)), sq[i]);
      assert.equal(fromField(circuit.value(w, `main.fused[${i}]`)), relu(sq)[i]);
    });
  });

  test("ReLU rejects a value outside 32 bits and a wrong output", async () => {
    await circuit.assertNoWitness({ x: [1n << 31n, 0n, 0n, 0n, 0n, 0n] });
    const w = await circuit.witness({ x: [-5n, 5n, 0n, 0n, 0n, 0n] });
    assert.equal(await circuit.satisfies(circuit.tamper(w, { "main.relu[0]": -5n })), false);
    assert.equal(await circuit.satisfies(circuit.tamper(w, { "main.relu[1]": 0n })), false);
  });

  test("Square rejects a squared value that overflows 32 bits after rescaling", async () => {
    // floor((2^20)^2 / 2^8) = 2^32: out of range.
    await circuit.assertNoWitness({ x: [0n, 0n, 0n, 0n, 0n, 1n << 20n] });
  });
});
