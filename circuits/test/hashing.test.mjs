// PackSigned, PoseidonSponge and TensorHash (ZKML-SPEC §3) against circomlibjs and the reference.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile, shutdownCurve } from "./support/circom.mjs";
import { rng } from "./support/random.mjs";
import { pack, poseidonHasher, sponge, tensorHash } from "./reference/zkml-spec.mjs";

after(shutdownCurve);
let hash;
before(async () => {
  hash = await poseidonHasher();
});

test("the reference Poseidon is circomlib's (known answer)", () => {
  // Poseidon(3, 4) over BN254 as published for circomlib (docs/FINDINGS).
  assert.equal(hash([3n, 4n]), 14763215145315200506921711489642608356394854266165572616578112107564877678998n);
});

describe("PackSigned(m, b)", () => {
  // [m, b]: one partial element, several elements, and every width the spec uses.
  const shapes = [[10, 8], [40, 8], [20, 16], [9, 32], [1, 32]];
  const circuits = new Map();
  before(async () => {
    for (const [m, b] of shapes) {
      circuits.set(`${m},${b}`, await compile(`pack-${m}-${b}`, `pragma circom 2.1.5;
include "ml/commitment.circom";
component main = PackSigned(${m}, ${b});
`, { optimization: "O1" })); // --O1 keeps the range bits as wires for the tampering below
    }
  });

  test("packs like the reference, edges of the range included", async () => {
    const r = rng(7);
    for (const [m, b] of shapes) {
      const circuit = circuits.get(`${m},${b}`);
      const half = 1n << BigInt(b - 1);
      const edge = Array.from({ length: m }, (_, i) => (i % 2 ? half - 1n : -half));
      for (const v of [edge, r.ints(m, b), r.ints(m, b)]) {
        const w = await circuit.witness({ in: v });
        const expected = pack(v, b);
        expected.forEach((e, j) => assert.equal(circuit.value(w, `main.out[${j}]`), e, `m=${m} b=${b} element ${j}`));
      }
    }
  });

  test("a value outside the signed range has no witness", async () => {
    const circuit = circuits.get("10,8");
    for (const bad of [128n, -129n, 1n << 40n]) {
      const v = Array(10).fill(0n);
      v[3] = bad;
      await circuit.assertNoWitness({ in: v }, `value ${bad}`);
    }
  });

  test("two tensors packing to the same element are told apart by the range check", async () => {
    // v0 + 2^8 and v1 - 1 give the same element as v0, v1: only the range of v0 forbids it.
    const circuit = circuits.get("10,8");
    const v = [5n, -7n, 1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n];
    const w = await circuit.witness({ in: v });
    const cheat = (v0, v1) => {
      const changes = { "main.in[0]": v0, "main.in[1]": v1 };
      for (const [i, value] of [[0, v0], [1, v1]]) {
        const u = value + 128n;
        // bits of u if it has 8 of them, else everything above on bit 0 (non-boolean)
        for (let k = 0; k < 8; k++) changes[`main.element[0].bits[${i}][${k}]`] = u >= 0n && u < 256n ? (u >> BigInt(k)) & 1n : k === 0 ? u : 0n;
      }
      return circuit.tamper(w, changes);
    };
    assert.ok(await circuit.satisfies(cheat(5n, -7n)), "the honest values rebuilt by the same edit pass");
    assert.equal(await circuit.satisfies(cheat(5n + 256n, -8n)), false);
    assert.equal(await circuit.satisfies(cheat(5n - 256n, -6n)), false);
  });
});

describe("PoseidonSponge and TensorHash", () => {
  const LENGTHS = [1, 14, 15, 16, 30, 31];
  let circuit;
  before(async () => {
    const max = Math.max(...LENGTHS);
    const sponges = LENGTHS.map((n, i) => `    component s${i} = PoseidonSponge(${n});
    for (var i = 0; i < ${n}; i++) { s${i}.in[i] <== e[i]; }
    digest[${i}] <== s${i}.out;`).join("\n");
    circuit = await compile("sponge", `pragma circom 2.1.5;
include "ml/commitment.circom";
template T() {
    signal input e[${max}];
    signal input v[37];
    signal output digest[${LENGTHS.length}];
    signal output tensor;
${sponges}
    component th = TensorHash(37, 16);
    th.in <== v;
    tensor <== th.out;
}
component main = T();
`);
  });

  test("digests match the reference sponge for chunk-boundary lengths, and TensorHash = sponge(pack)", async () => {
    const r = rng(8);
    for (let round = 0; round < 2; round++) {
      const e = Array.from({ length: 31 }, () => r.unsigned(248));
      const v = r.ints(37, 16);
      const w = await circuit.witness({ e, v });
      LENGTHS.forEach((n, i) => assert.equal(circuit.value(w, `main.digest[${i}]`), sponge(hash, e.slice(0, n)), `n=${n}`));
      assert.equal(circuit.value(w, "main.tensor"), tensorHash(hash, v, 16));
      assert.ok(await circuit.satisfies(w));
      assert.equal(await circuit.satisfies(circuit.tamper(w, { "main.digest[2]": circuit.value(w, "main.digest[2]") + 1n })), false);
    }
  });

  test("the length is absorbed: a zero-padded sponge input differs", () => {
    assert.notEqual(sponge(hash, [1n, 2n]), sponge(hash, [1n, 2n, 0n]));
  });
});
