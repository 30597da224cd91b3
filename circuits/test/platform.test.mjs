// receipt_simple, merkle_membership and bid_range (ZKML-SPEC §5): the main files under main/.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CIRCUITS_DIR, compile, shutdownCurve } from "./support/circom.mjs";
import { rng } from "./support/random.mjs";
import { poseidonHasher } from "./reference/zkml-spec.mjs";

after(shutdownCurve);
let hash;
before(async () => {
  hash = await poseidonHasher();
});
const mainSource = (name) => readFileSync(join(CIRCUITS_DIR, "main", `${name}.circom`), "utf8");

describe("receipt_simple", () => {
  let circuit;
  before(async () => {
    circuit = await compile("receipt_simple", mainSource("receipt_simple"));
  });

  test("public signals = [receiptHash, nullifier, amount, recipient] as the spec defines them", async () => {
    const r = rng(21);
    for (let round = 0; round < 3; round++) {
      const [receiptId, modelCommitment, outputHash, secret, recipient] = Array.from({ length: 5 }, () => r.unsigned(250));
      const amount = r.unsigned(64);
      const w = await circuit.witness({ receiptId, modelCommitment, outputHash, secret, amount, recipient });
      const receiptHash = hash([receiptId, modelCommitment, outputHash, amount, hash([secret])]);
      const nullifier = hash([secret, receiptId]);
      assert.deepEqual(await circuit.publicSignals(w), [receiptHash, nullifier, amount, recipient]);
    }
  });

  test("another recipient, amount or nullifier does not satisfy the constraints", async () => {
    const input = { receiptId: 1n, modelCommitment: 2n, outputHash: 3n, secret: 4n, amount: 1000n, recipient: 0xabcdefn };
    const w = await circuit.witness(input);
    assert.ok(await circuit.satisfies(w));
    for (const [signal, value] of [["main.recipient", 0xabcdeen], ["main.amount", 1001n], ["main.nullifier", 5n], ["main.receiptHash", 6n]]) {
      assert.equal(await circuit.satisfies(circuit.tamper(w, { [signal]: value })), false, signal);
    }
  });
});

/** Root of a path: at level i the node is the left child when index bit i is 0. */
function rootOf(leaf, pathElements, pathIndices) {
  return pathElements.reduce((node, sibling, i) => (pathIndices[i] ? hash([sibling, node]) : hash([node, sibling])), leaf);
}

describe("merkle_membership", () => {
  test("depth 4: every leaf of a full tree proves the tree's root; a wrong leaf or bad index does not", async () => {
    const circuit = await compile("merkle4", `pragma circom 2.1.5;
include "platform/merkle.circom";
component main = MerkleMembership(4);
`);
    const r = rng(22);
    const leaves = Array.from({ length: 16 }, () => r.unsigned(250));
    // Level by level, built independently of rootOf.
    const levels = [leaves];
    while (levels[levels.length - 1].length > 1) {
      const below = levels[levels.length - 1];
      levels.push(Array.from({ length: below.length / 2 }, (_, i) => hash([below[2 * i], below[2 * i + 1]])));
    }
    const root = levels[4][0];
    for (const index of [0, 5, 10, 15]) {
      const pathElements = [0, 1, 2, 3].map((l) => levels[l][(index >> l) ^ 1]);
      const pathIndices = [0, 1, 2, 3].map((l) => (index >> l) & 1);
      const w = await circuit.witness({ leaf: leaves[index], pathElements, pathIndices });
      assert.equal(circuit.value(w, "main.root"), root, `leaf ${index}`);
      // Another leaf on the same path gives another root; claiming the tree's root is rejected.
      const w2 = await circuit.witness({ leaf: leaves[index] + 1n, pathElements, pathIndices });
      assert.notEqual(circuit.value(w2, "main.root"), root);
      assert.equal(await circuit.satisfies(circuit.tamper(w2, { "main.root": root })), false);
    }
    const pathElements = [0, 1, 2, 3].map((l) => levels[l][1 ^ (l === 0 ? 0 : 1)]);
    await circuit.assertNoWitness({ leaf: leaves[0], pathElements, pathIndices: [2, 0, 0, 0] });
  });

  test("the depth-20 main computes the root of a random path", async () => {
    const circuit = await compile("merkle_membership", mainSource("merkle_membership"));
    const r = rng(23);
    const leaf = r.unsigned(250);
    const pathElements = Array.from({ length: 20 }, () => r.unsigned(250));
    const pathIndices = Array.from({ length: 20 }, () => Number(r.next() & 1n));
    const w = await circuit.witness({ leaf, pathElements, pathIndices });
    assert.deepEqual(await circuit.publicSignals(w), [rootOf(leaf, pathElements, pathIndices)]);
  });
});

describe("bid_range (64 bits)", () => {
  let circuit;
  before(async () => {
    // --O1 keeps the range decompositions as wires, for the tampering below.
    circuit = await compile("bid_range", mainSource("bid_range"), { optimization: "O1" });
  });
  const MAX64 = (1n << 64n) - 1n;

  test("public signals = [commitment, min, max]; bids on and inside the bounds are accepted", async () => {
    for (const [bid, min, max] of [[5n, 5n, 5n], [5n, 0n, 10n], [MAX64, 0n, MAX64], [0n, 0n, MAX64], [10n, 1n, 10n]]) {
      const salt = 0x5a17n + bid;
      const w = await circuit.witness({ bid, salt, min, max });
      assert.deepEqual(await circuit.publicSignals(w), [hash([bid, salt]), min, max]);
    }
  });

  test("bids outside [min, max] or beyond 64 bits have no witness", async () => {
    for (const [bid, min, max] of [[4n, 5n, 10n], [11n, 5n, 10n], [1n << 64n, 0n, MAX64], [5n, 6n, 4n], [5n, 0n, 1n << 64n]]) {
      await circuit.assertNoWitness({ bid, salt: 1n, min, max }, `${bid} in [${min}, ${max}]`);
    }
  });

  test("a min above the bid is rejected even with every decomposition rebuilt", async () => {
    const bid = 1000n;
    const w = await circuit.witness({ bid, salt: 77n, min: 900n, max: 2000n });
    // inRange[1] decomposes min (its input is merged with main.min), inRange[3] decomposes bid - min.
    const withMin = (min) => {
      const changes = { "main.min": min, "main.inRange[3].in": bid - min };
      for (const [component, value] of [[1, min], [3, bid - min]]) {
        for (let k = 0; k < 64; k++) {
          changes[`main.inRange[${component}].out[${k}]`] = value >= 0n ? (value >> BigInt(k)) & 1n : k === 0 ? value : 0n;
        }
      }
      return circuit.tamper(w, changes);
    };
    assert.ok(await circuit.satisfies(withMin(999n)), "a min below the bid, rebuilt the same way, passes");
    assert.equal(await circuit.satisfies(withMin(1001n)), false);
  });
});
