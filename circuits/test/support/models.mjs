// Tiny model shapes with random quantized parameters, and the witness input of their generated mains.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CIRCUITS_DIR } from "./circom.mjs";
import { plan } from "../../scripts/model-main.mjs";

export function loadShape(name) {
  return JSON.parse(readFileSync(join(CIRCUITS_DIR, "examples", `${name}.json`), "utf8"));
}

/** The shape with random weights (bW bits) and biases (biasBits, at most bB) on every dense/conv2d layer. */
export function withRandomParameters(shape, r, biasBits = shape.bB) {
  const layers = plan(shape).map((step) =>
    step.weights ? { ...step.layer, w: r.ints(step.weights.size, shape.bW), b: r.ints(step.bias.size, biasBits) } : step.layer,
  );
  return { ...shape, layers };
}

/** Input of the inference or integrity main: archHash, x (omitted when undefined), w<i>, b<i>. */
export function mainInput(model, archHash, x) {
  const input = { archHash };
  if (x) input.x = x;
  let i = 0;
  for (const layer of model.layers) {
    if (!layer.w) continue;
    input[`w${i}`] = layer.w;
    input[`b${i}`] = layer.b;
    i++;
  }
  return input;
}
