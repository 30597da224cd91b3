// Reference generator of per-model main circuits (the contract in circuits/README.md, "Generating a
// model's main circuit"): a main is only a composition of the templates in lib/ml for one shape.
// The Java generator in privacy-ml/model emits the same text; tests and the constraint benchmark use this.
//
// A model shape: { inputShape: [n] | [c, h, w], bIn, bW, bB, fA, layers: [...] } with layers
//   { type: "dense", out, fW } | { type: "conv2d", outC, kH, kW, stride, pad, fW } | { type: "relu" }
//   | { type: "square" } | { type: "avgpool", k } | { type: "flatten" }
// Usage: node scripts/model-main.mjs shape.json [--integrity] > main.circom

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ACTIVATION_BITS = 32;
const RESCALING = new Set(["dense", "conv2d", "square", "avgpool"]);

const product = (shape) => shape.reduce((a, b) => a * b, 1);
const valuesPerElement = (bits) => Math.floor(248 / bits);
export const packedLength = (count, bits) => Math.ceil(count / valuesPerElement(bits));

/** Each layer with its input/output shapes and, for dense/conv2d, its parameter tensors. */
export function plan(model) {
  let shape = model.inputShape;
  let paramIndex = 0;
  return model.layers.map((layer, index) => {
    const inShape = shape;
    const step = { layer, index, inShape };
    switch (layer.type) {
      case "dense": {
        if (inShape.length !== 1) throw new Error(`layer ${index}: dense needs a flat input (add a flatten)`);
        step.weights = { name: `w${paramIndex}`, size: layer.out * inShape[0] };
        step.bias = { name: `b${paramIndex}`, size: layer.out };
        paramIndex++;
        shape = [layer.out];
        break;
      }
      case "conv2d": {
        if (inShape.length !== 3) throw new Error(`layer ${index}: conv2d needs a C x H x W input`);
        const [c, h, w] = inShape;
        const out = (n, k) => Math.floor((n + 2 * layer.pad - k) / layer.stride) + 1;
        step.weights = { name: `w${paramIndex}`, size: layer.outC * c * layer.kH * layer.kW };
        step.bias = { name: `b${paramIndex}`, size: layer.outC };
        paramIndex++;
        shape = [layer.outC, out(h, layer.kH), out(w, layer.kW)];
        break;
      }
      case "avgpool": {
        const [c, h, w] = inShape;
        shape = [c, Math.floor(h / layer.k), Math.floor(w / layer.k)];
        break;
      }
      case "flatten":
        shape = [product(inShape)];
        break;
      case "relu":
      case "square":
        break;
      default:
        throw new Error(`layer ${index}: unsupported type ${layer.type}`);
    }
    step.outShape = shape;
    return step;
  });
}

/** The private parameter inputs, in commitment order: for each dense/conv2d layer, weights then bias. */
export function parameterTensors(model) {
  return plan(model).flatMap((s) => (s.weights ? [{ ...s.weights, bits: model.bW }, { ...s.bias, bits: model.bB }] : []));
}

function header(model, what) {
  return [
    "pragma circom 2.1.5;",
    `// ${what}, generated for input ${JSON.stringify(model.inputShape)}, layers ${model.layers.map(describe).join(", ")};`,
    `// bIn = ${model.bIn}, bW = ${model.bW}, bB = ${model.bB}, fA = ${model.fA}. Compile with circuits/scripts/compile-main.sh.`,
  ];
}

function describe(layer) {
  switch (layer.type) {
    case "dense": return `dense(${layer.out}, fW=${layer.fW})`;
    case "conv2d": return `conv2d(${layer.outC}, ${layer.kH}x${layer.kW}, stride ${layer.stride}, pad ${layer.pad}, fW=${layer.fW})`;
    case "avgpool": return `avgpool(${layer.k})`;
    default: return layer.type;
  }
}

function parameterDeclarations(model) {
  return parameterTensors(model).map((t) => `    signal input ${t.name}[${t.size}];`);
}

/** Lines computing modelCommitment from archHash and the packed parameter tensors. */
function commitmentLines(model) {
  const tensors = parameterTensors(model);
  if (tensors.length === 0) throw new Error("a model needs at least one dense or conv2d layer (nothing to commit to)");
  const lines = [];
  let offset = 0;
  const wiring = [];
  for (const t of tensors) {
    const n = packedLength(t.size, t.bits);
    lines.push(`    component pack_${t.name} = PackSigned(${t.size}, ${t.bits});`, `    pack_${t.name}.in <== ${t.name};`);
    wiring.push(`    for (var i = 0; i < ${n}; i++) { commitment.params[${offset} + i] <== pack_${t.name}.out[i]; }`);
    offset += n;
  }
  return [
    ...lines,
    `    component commitment = ModelCommitment(${offset});`,
    "    commitment.archHash <== archHash;",
    ...wiring,
    "    modelCommitment <== commitment.out;",
  ];
}

/** Lines of the layer chain; returns them and the name of the array holding the logits. */
function layerLines(model) {
  const lines = [];
  let current = "x";
  let currentSign = null; // isNonNeg array of the previous rescaling layer, if the value is its output
  for (const step of plan(model)) {
    const { layer, index, inShape, outShape } = step;
    const name = `layer${index}`;
    const inSize = product(inShape);
    lines.push(`    // layer ${index}: ${describe(layer)}, ${JSON.stringify(inShape)} -> ${JSON.stringify(outShape)}`);
    switch (layer.type) {
      case "dense":
        lines.push(`    component ${name} = DenseLayer(${inSize}, ${layer.out}, ${layer.fW});`);
        break;
      case "conv2d": {
        const [c, h, w] = inShape;
        lines.push(`    component ${name} = Conv2dLayer(${c}, ${h}, ${w}, ${layer.outC}, ${layer.kH}, ${layer.kW}, ${layer.stride}, ${layer.pad}, ${layer.fW});`);
        break;
      }
      case "square":
        lines.push(`    component ${name} = SquareLayer(${inSize}, ${model.fA});`);
        break;
      case "avgpool": {
        const [c, h, w] = inShape;
        lines.push(`    component ${name} = AvgPool2dLayer(${c}, ${h}, ${w}, ${layer.k});`);
        break;
      }
      case "relu":
        if (currentSign) {
          lines.push(`    component ${name} = ReLUFromSignLayer(${inSize});`, `    ${name}.isNonNeg <== ${currentSign};`);
        } else {
          lines.push(`    component ${name} = ReLULayer(${inSize});`);
        }
        break;
      case "flatten":
        lines.push("    // (flat row-major arrays: nothing to do)");
        continue;
    }
    lines.push(`    ${name}.in <== ${current};`);
    if (step.weights) lines.push(`    ${name}.w <== ${step.weights.name};`, `    ${name}.b <== ${step.bias.name};`);
    current = `${name}.out`;
    currentSign = RESCALING.has(layer.type) ? `${name}.isNonNeg` : null;
  }
  return { lines, logits: current };
}

/** The inference main of ZKML-SPEC §4 for one model shape. */
export function inferenceMain(model) {
  const steps = plan(model);
  const inSize = product(model.inputShape);
  const k = product(steps.length ? steps[steps.length - 1].outShape : model.inputShape);
  const { lines, logits } = layerLines(model);
  return [
    ...header(model, "zkML inference circuit (ZKML-SPEC §4)"),
    'include "ml/layers.circom";',
    'include "ml/argmax.circom";',
    'include "ml/commitment.circom";',
    "",
    "template Model() {",
    "    signal input archHash;",
    `    signal input x[${inSize}];`,
    ...parameterDeclarations(model),
    "    signal output modelCommitment;",
    "    signal output inputHash;",
    "    signal output outputHash;",
    "    signal output predictedClass;",
    `    signal output logits[${k}];`,
    "",
    ...lines,
    `    logits <== ${logits};`,
    "",
    `    component argmax = Argmax(${k}, ${ACTIVATION_BITS});`,
    "    argmax.in <== logits;",
    "    predictedClass <== argmax.out;",
    `    component inputHasher = TensorHash(${inSize}, ${model.bIn});`,
    "    inputHasher.in <== x;",
    "    inputHash <== inputHasher.out;",
    `    component outputHasher = TensorHash(${k}, ${ACTIVATION_BITS});`,
    "    outputHasher.in <== logits;",
    "    outputHash <== outputHasher.out;",
    ...commitmentLines(model),
    "}",
    "",
    "component main {public [archHash]} = Model();",
    "",
  ].join("\n");
}

/** The model integrity main (ZKML-SPEC §4): the commitment part alone. */
export function integrityMain(model) {
  return [
    ...header(model, "Model integrity circuit (ZKML-SPEC §4)"),
    'include "ml/commitment.circom";',
    "",
    "template ModelIntegrity() {",
    "    signal input archHash;",
    ...parameterDeclarations(model),
    "    signal output modelCommitment;",
    "",
    ...commitmentLines(model),
    "}",
    "",
    "component main {public [archHash]} = ModelIntegrity();",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, flag] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node scripts/model-main.mjs shape.json [--integrity]");
    process.exit(2);
  }
  const model = JSON.parse(readFileSync(file, "utf8"));
  process.stdout.write(flag === "--integrity" ? integrityMain(model) : inferenceMain(model));
}
