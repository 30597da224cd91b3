// Independent JavaScript reading of docs/ZKML-SPEC.md: the quantized semantics (§2) and the packing,
// sponge and commitments (§3), over exact BigInt integers. Written from the spec, not from the circuits,
// so that the circuit tests compare two implementations. Poseidon comes from circomlibjs.
import { buildPoseidon } from "circomlibjs";

export const P = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;
export const ACTIVATION_BITS = 32;

/** Throws unless -2^(bits-1) <= v < 2^(bits-1). */
export function checkSigned(v, bits, what = "value") {
  const half = 1n << BigInt(bits - 1);
  if (typeof v !== "bigint") throw new TypeError(`${what} must be a BigInt`);
  if (v < -half || v >= half) throw new RangeError(`${what} ${v} is outside ${bits}-bit signed range`);
  return v;
}

/** Rescale: q = floor(a / 2^s) (BigInt >> is floor division), q must be a 32-bit signed value. */
export function rescale(a, s) {
  return checkSigned(a >> BigInt(s), ACTIVATION_BITS, "rescaled value");
}

export function relu(values) {
  return values.map((v) => (v > 0n ? v : 0n));
}

/** Dense: y_i = floor((b_i + sum_j W[i][j] x_j) / 2^fW), W flat [out][in]. */
export function dense(x, w, b, fW) {
  const nIn = x.length;
  return b.map((bias, i) => {
    let acc = bias;
    for (let j = 0; j < nIn; j++) acc += w[i * nIn + j] * x[j];
    return rescale(acc, fW);
  });
}

/** Conv2d with groups 1, zero padding `pad`, stride `stride`; x is [C][H][W], w [outC][C][kH][kW], flat. */
export function conv2d(x, [c, h, wd], w, b, { outC, kH, kW, stride, pad, fW }) {
  const outH = Math.floor((h + 2 * pad - kH) / stride) + 1;
  const outW = Math.floor((wd + 2 * pad - kW) / stride) + 1;
  const at = (ch, y, xx) => (y < 0 || y >= h || xx < 0 || xx >= wd ? 0n : x[(ch * h + y) * wd + xx]);
  const out = [];
  for (let o = 0; o < outC; o++) {
    for (let oy = 0; oy < outH; oy++) {
      for (let ox = 0; ox < outW; ox++) {
        let acc = b[o];
        for (let ch = 0; ch < c; ch++)
          for (let ky = 0; ky < kH; ky++)
            for (let kx = 0; kx < kW; kx++)
              acc += w[((o * c + ch) * kH + ky) * kW + kx] * at(ch, oy * stride + ky - pad, ox * stride + kx - pad);
        out.push(rescale(acc, fW));
      }
    }
  }
  return { values: out, shape: [outC, outH, outW] };
}

/** Square: floor(x * x / 2^fA). */
export function square(values, fA) {
  return values.map((v) => rescale(v * v, fA));
}

/** AveragePool k x k, stride k, k*k = 2^t: floor(sum / 2^t). */
export function avgPool(x, [c, h, wd], k) {
  const t = Math.log2(k * k);
  if (!Number.isInteger(t)) throw new RangeError(`pool window ${k}x${k} is not a power of two`);
  const outH = Math.floor(h / k);
  const outW = Math.floor(wd / k);
  const out = [];
  for (let ch = 0; ch < c; ch++)
    for (let oy = 0; oy < outH; oy++)
      for (let ox = 0; ox < outW; ox++) {
        let sum = 0n;
        for (let dy = 0; dy < k; dy++) for (let dx = 0; dx < k; dx++) sum += x[(ch * h + oy * k + dy) * wd + ox * k + dx];
        out.push(rescale(sum, t));
      }
  return { values: out, shape: [c, outH, outW] };
}

/** Lowest index of the maximum. */
export function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Packs signed b-bit values: u = v + 2^(b-1), floor(248/b) per element, little-endian. */
export function pack(values, bits) {
  const k = Math.floor(248 / bits);
  const offset = 1n << BigInt(bits - 1);
  const elements = [];
  for (let start = 0; start < values.length; start += k) {
    let e = 0n;
    values.slice(start, start + k).forEach((v, i) => {
      e += (checkSigned(v, bits) + offset) << BigInt(bits * i);
    });
    elements.push(e);
  }
  return elements;
}

/** Poseidon over BigInts (circomlibjs), returning a BigInt. */
export async function poseidonHasher() {
  const poseidon = await buildPoseidon();
  return (inputs) => poseidon.F.toObject(poseidon(inputs));
}

/** sponge(e_1..e_n) of ZKML-SPEC §3. */
export function sponge(hash, elements) {
  let h = 0n;
  for (let start = 0; start < elements.length; start += 15) {
    const chunk = elements.slice(start, start + 15);
    while (chunk.length < 15) chunk.push(0n);
    h = hash([h, ...chunk]);
  }
  return hash([h, BigInt(elements.length)]);
}

export function tensorHash(hash, values, bits) {
  return sponge(hash, pack(values, bits));
}

/** Poseidon(2)([archHash, sponge(packed weights then bias of each parameterized layer)]). */
export function modelCommitment(hash, archHash, model) {
  const elements = [];
  for (const layer of model.layers) {
    if (!layer.w) continue;
    elements.push(...pack(layer.w, model.bW), ...pack(layer.b, model.bB));
  }
  return hash([archHash, sponge(hash, elements)]);
}

/**
 * Runs a quantized model (the layer list of scripts/model-main.mjs with w/b filled in) on input x
 * and returns the public signals of ZKML-SPEC §4 in order.
 */
export function inference(hash, model, x, archHash) {
  x.forEach((v) => checkSigned(v, model.bIn, "input"));
  let values = x;
  let shape = model.inputShape;
  for (const layer of model.layers) {
    switch (layer.type) {
      case "dense":
        values = dense(values, layer.w, layer.b, layer.fW);
        shape = [values.length];
        break;
      case "conv2d":
        ({ values, shape } = conv2d(values, shape, layer.w, layer.b, layer));
        break;
      case "relu":
        values = relu(values);
        break;
      case "square":
        values = square(values, model.fA);
        break;
      case "avgpool":
        ({ values, shape } = avgPool(values, shape, layer.k));
        break;
      case "flatten":
        shape = [values.length];
        break;
      default:
        throw new Error(`unknown layer ${layer.type}`);
    }
  }
  const logits = values;
  return [
    modelCommitment(hash, archHash, model),
    tensorHash(hash, x, model.bIn),
    tensorHash(hash, logits, ACTIVATION_BITS),
    BigInt(argmax(logits)),
    ...logits.map(toField),
    archHash,
  ];
}

/** A signed integer as its field element. */
export function toField(v) {
  return ((v % P) + P) % P;
}

/** A field element as the signed integer it stands for (values above p/2 are negative). */
export function fromField(e) {
  return e > P / 2n ? e - P : e;
}
