// Argmax(n, 32): lowest index wins ties, proven (ZKML-SPEC §2 Output).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile, shutdownCurve } from "./support/circom.mjs";
import { rng } from "./support/random.mjs";
import { argmax } from "./reference/zkml-spec.mjs";

after(shutdownCurve);
const N = 6;
const MIN = -(1n << 31n);
const MAX = (1n << 31n) - 1n;

describe("Argmax(6, 32)", () => {
  let circuit;
  before(async () => {
    circuit = await compile("argmax", `pragma circom 2.1.5;
include "ml/argmax.circom";
component main = Argmax(${N}, 32);
`, { optimization: "O1" }); // keeps the selector bits as wires for the tampering below
  });

  const cases = [
    [1n, 2n, 3n, 4n, 5n, 6n],
    [6n, 5n, 4n, 3n, 2n, 1n],
    [-5n, -3n, -3n, -9n, -4n, -3n], // tie between 1, 2 and 5: index 1
    [7n, 7n, 7n, 7n, 7n, 7n], // all equal: 0
    [MIN, MIN, MAX, MIN, MAX, 0n], // extremes, tie: 2
    [MIN, MIN, MIN, MIN, MIN, MIN],
    [0n, -1n, 0n, 1n, 1n, -1n],
  ];

  test("returns the lowest index of the maximum, like the reference", async () => {
    const r = rng(6);
    const random = Array.from({ length: 10 }, () => r.ints(N, 32));
    const small = Array.from({ length: 10 }, () => r.ints(N, 3)); // many ties
    for (const z of [...cases, ...random, ...small]) {
      const w = await circuit.witness({ in: z });
      assert.equal(circuit.value(w, "main.out"), BigInt(argmax(z)), JSON.stringify(z.map(String)));
    }
  });

  /**
   * A witness for selector `sel` (one-hot at the claimed class when honest): index, picked values and
   * every gap decomposition recomputed, so only the constraints about the claim itself can fail.
   */
  function claim(w, z, sel) {
    const index = sel.reduce((a, s, i) => a + s * BigInt(i), 0n);
    const m = sel.reduce((a, s, i) => a + s * z[i], 0n);
    const changes = { "main.out": index };
    let upTo = 0n;
    for (let i = 0; i < N; i++) {
      upTo += sel[i];
      changes[`main.sel[${i}]`] = sel[i];
      changes[`main.picked[${i}]`] = sel[i] * z[i];
      const gap = m - z[i] - (1n - upTo);
      changes[`main.gap[${i}].in`] = gap;
      // Bits of the gap as a 32-bit number; a negative gap has no such form: put it on bit 0.
      for (let k = 0; k < 32; k++) {
        changes[`main.gap[${i}].out[${k}]`] = gap < 0n ? (k === 0 ? gap : 0n) : (gap >> BigInt(k)) & 1n;
      }
    }
    return circuit.tamper(w, changes);
  }
  const oneHot = (c) => Array.from({ length: N }, (_, i) => (i === c ? 1n : 0n));

  test("claiming a smaller value, or a later index of a tie, is rejected", async () => {
    const z = [-5n, -3n, -3n, -9n, -4n, -3n];
    const w = await circuit.witness({ in: z });
    assert.ok(await circuit.satisfies(claim(w, z, oneHot(1))), "the honest claim rebuilt by the same edit passes");
    for (const c of [0, 2, 3, 4, 5]) {
      assert.equal(await circuit.satisfies(claim(w, z, oneHot(c))), false, `class ${c}`);
    }
  });

  test("a selector that is not one-hot is rejected", async () => {
    // sel = [0, 2, -1, 0, 0, 0] sums to 1, "selects" index 2*1 - 2 = 0 with m = 2*9 - 9 = 9, and every
    // gap is non-negative: only the booleanity of the selector stops class 0 (value 1 < 9).
    const z = [1n, 9n, 9n, 0n, 0n, 0n];
    const w = await circuit.witness({ in: z });
    assert.equal(await circuit.satisfies(claim(w, z, [0n, 2n, -1n, 0n, 0n, 0n])), false);
  });
});
