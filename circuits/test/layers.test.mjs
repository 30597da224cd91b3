// DenseLayer, Conv2dLayer and AvgPool2dLayer (ZKML-SPEC §2) against the JavaScript reference.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile, shutdownCurve } from "./support/circom.mjs";
import { rng } from "./support/random.mjs";
import { avgPool, conv2d, dense, fromField } from "./reference/zkml-spec.mjs";

after(shutdownCurve);
const outputs = (circuit, w, n) => Array.from({ length: n }, (_, i) => fromField(circuit.value(w, `main.out[${i}]`)));

describe("DenseLayer(5, 3, 6)", () => {
  let circuit;
  before(async () => {
    circuit = await compile("dense", `pragma circom 2.1.5;
include "ml/layers.circom";
component main = DenseLayer(5, 3, 6);
`, { optimization: "O1" });
  });

  test("matches the reference on random 32-bit inputs and 8/32-bit parameters", async () => {
    const r = rng(1);
    for (let round = 0; round < 8; round++) {
      const x = r.ints(5, round < 4 ? 16 : 24);
      const w = r.ints(15, 8);
      const b = r.ints(3, 32);
      const wit = await circuit.witness({ in: x, w, b });
      assert.deepEqual(outputs(circuit, wit, 3), dense(x, w, b, 6));
    }
  });

  test("a wrong output (off by one, either way) is rejected", async () => {
    const r = rng(2);
    const x = r.ints(5, 16);
    const w = r.ints(15, 8);
    const b = r.ints(3, 32);
    const wit = await circuit.witness({ in: x, w, b });
    assert.ok(await circuit.satisfies(wit));
    for (const delta of [1n, -1n]) {
      const y = fromField(circuit.value(wit, "main.out[1]"));
      assert.equal(await circuit.satisfies(circuit.tamper(wit, { "main.out[1]": y + delta })), false);
    }
    // A product that does not match its factors.
    const prod = fromField(circuit.value(wit, "main.prod[2][4]"));
    assert.equal(await circuit.satisfies(circuit.tamper(wit, { "main.prod[2][4]": prod + 64n })), false);
  });
});

describe("Conv2dLayer", () => {
  // [C, H, W], conv parameters
  const shapes = [
    { input: [2, 5, 4], outC: 3, kH: 3, kW: 3, stride: 1, pad: 1, fW: 5 },
    { input: [1, 6, 6], outC: 2, kH: 3, kW: 2, stride: 2, pad: 1, fW: 4 },
    { input: [3, 4, 4], outC: 1, kH: 2, kW: 2, stride: 2, pad: 0, fW: 0 },
  ];
  const circuits = [];
  before(async () => {
    for (const [i, c] of shapes.entries()) {
      const [inC, h, w] = c.input;
      circuits.push(await compile(`conv${i}`, `pragma circom 2.1.5;
include "ml/layers.circom";
component main = Conv2dLayer(${inC}, ${h}, ${w}, ${c.outC}, ${c.kH}, ${c.kW}, ${c.stride}, ${c.pad}, ${c.fW});
`));
    }
  });

  test("matches the reference (stride, zero padding, rectangular kernels)", async () => {
    const r = rng(3);
    for (const [i, c] of shapes.entries()) {
      const [inC, h, w] = c.input;
      for (let round = 0; round < 3; round++) {
        const x = r.ints(inC * h * w, 16);
        const wt = r.ints(c.outC * inC * c.kH * c.kW, 8);
        const b = r.ints(c.outC, 24);
        const expected = conv2d(x, c.input, wt, b, c);
        const wit = await circuits[i].witness({ in: x, w: wt, b });
        assert.deepEqual(outputs(circuits[i], wit, expected.values.length), expected.values, `shape ${i}`);
      }
    }
  });

  test("a wrong output is rejected", async () => {
    const r = rng(4);
    const c = shapes[0];
    const x = r.ints(40, 16);
    const wit = await circuits[0].witness({ in: x, w: r.ints(54, 8), b: r.ints(3, 24) });
    const y = circuits[0].value(wit, "main.out[7]");
    assert.ok(await circuits[0].satisfies(wit));
    assert.equal(await circuits[0].satisfies(circuits[0].tamper(wit, { "main.out[7]": fromField(y) + 1n })), false);
  });
});

describe("AvgPool2dLayer", () => {
  test("2x2 pooling (t = 2) and 4x4 pooling (t = 4) with floor rounding match the reference", async () => {
    const r = rng(5);
    for (const [k, shape] of [[2, [2, 5, 4]], [4, [1, 8, 9]]]) {
      const [c, h, w] = shape;
      const circuit = await compile(`avgpool${k}`, `pragma circom 2.1.5;
include "ml/layers.circom";
component main = AvgPool2dLayer(${c}, ${h}, ${w}, ${k});
`);
      for (let round = 0; round < 3; round++) {
        const x = r.ints(c * h * w, 32);
        const expected = avgPool(x, shape, k);
        const wit = await circuit.witness({ in: x });
        assert.deepEqual(outputs(circuit, wit, expected.values.length), expected.values);
        assert.ok(await circuit.satisfies(wit));
        const y = fromField(circuit.value(wit, "main.out[0]"));
        assert.equal(await circuit.satisfies(circuit.tamper(wit, { "main.out[0]": y - 1n })), false);
      }
    }
  });

  test("a 3x3 window (not a power of two) does not compile", async () => {
    await assert.rejects(compile("avgpool3", `pragma circom 2.1.5;
include "ml/layers.circom";
component main = AvgPool2dLayer(1, 6, 6, 3);
`), /circom2 failed/);
  });
});
