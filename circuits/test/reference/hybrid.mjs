// An independent JavaScript reading of the hybrid relations of docs/HYBRID.md, written from the document
// with naive (quadratic) ring arithmetic: tiny RLWE instances, the public vectors the verifier computes
// (each X^l * P reduced mod X^N+1 coefficient by coefficient, then evaluated), and the witness
// commitments. The circuit tests check the templates of lib/hybrid/ against it.
import { P, pack, sponge, toField } from "./zkml-spec.mjs";

export const mod = (x, m) => ((x % m) + m) % m;

/** x mod Q in (-Q/2, Q/2]. */
export function center(x, Q) {
  const r = mod(x, Q);
  return r > Q / 2n ? r - Q : r;
}

/** Exact product in Z[X]/(X^N+1) (schoolbook). */
export function negacyclic(a, b) {
  const n = a.length;
  const out = new Array(n).fill(0n);
  for (let i = 0; i < n; i++) {
    if (a[i] === 0n) continue;
    for (let j = 0; j < n; j++) {
      const k = i + j;
      if (k < n) out[k] += a[i] * b[j];
      else out[k - n] -= a[i] * b[j];
    }
  }
  return out;
}

export const add = (...polys) => polys[0].map((_, i) => polys.reduce((s, p) => s + p[i], 0n));
export const scale = (c, p) => p.map((x) => c * x);

/** p(z) mod P (Horner). */
export function evaluate(p, z) {
  let acc = 0n;
  for (let i = p.length - 1; i >= 0; i--) acc = mod(acc * z + p[i], P);
  return acc;
}

/** X^l as a polynomial of degree < N. */
const monomial = (n, l) => Array.from({ length: n }, (_, i) => (i === l ? 1n : 0n));

/** The verifier's vector for a public polynomial: w_l = (X^l * poly mod X^N+1)(z), l < N. */
export function shiftEvaluations(poly, z) {
  return poly.map((_, l) => evaluate(negacyclic(monomial(poly.length, l), poly), z));
}

/** Coefficient `pos` of X^l * poly mod X^N+1, for every l < N. */
export function shiftCoefficients(poly, pos) {
  return poly.map((_, l) => negacyclic(monomial(poly.length, l), poly)[pos]);
}

/** 2-bit base-4 packing of ternary values (v + 1), 124 per element. */
export function packTernary(values) {
  const elements = [];
  for (let start = 0; start < values.length; start += 124) {
    let e = 0n;
    values.slice(start, start + 124).forEach((v, i) => {
      if (v < -1n || v > 1n) throw new Error(`not ternary: ${v}`);
      e += (v + 1n) << BigInt(2 * i);
    });
    elements.push(e);
  }
  return elements;
}

export const bitLength = (x) => x.toString(2).length;

/** Values in [lo, hi] packed as v - lo with bitLength(hi - lo) bits each. */
export function packBounded(values, lo, hi) {
  const b = bitLength(hi - lo);
  const k = Math.floor(248 / b);
  const elements = [];
  for (let start = 0; start < values.length; start += k) {
    let e = 0n;
    values.slice(start, start + k).forEach((v, i) => {
      if (v < lo || v > hi) throw new Error(`out of [${lo}, ${hi}]: ${v}`);
      e += (v - lo) << BigInt(b * i);
    });
    elements.push(e);
  }
  return elements;
}

export const commitment = (hash, elements, salt) => hash([sponge(hash, elements), salt]);

/** Exact quotient (target - rest) / Q coefficient by coefficient; throws if not divisible. */
export function quotient(target, rest, Q) {
  return target.map((t, i) => {
    const d = t - rest[i];
    if (d % Q !== 0n) throw new Error("not divisible by Q");
    return d / Q;
  });
}

const ternary = (r, N) => Array.from({ length: N }, () => BigInt(Number(r.next() % 3n) - 1));

/** A public key (b, a) = (-a s + e mod Q, a), centered, with its witness (s, e, k). */
export function keyFromWitness({ a, s, e }, { Q }) {
  const rest = add(negacyclic(a.map((x) => -x), s), e);
  const b = rest.map((x) => center(x, Q));
  return { a, b, s, e, k: quotient(b, rest, Q) };
}

export function keyInstance(r, { N, Q, eBits }) {
  const a = Array.from({ length: N }, () => center(r.unsigned(200), Q));
  return keyFromWitness({ a, s: ternary(r, N), e: r.ints(N, eBits) }, { Q });
}

/** Key-proof circuit input for a key instance at (z). */
export function keyProofInput(inst, z, salt) {
  const minusA = inst.a.map((x) => -x);
  return { z, target: evaluate(inst.b, z), w: shiftEvaluations(minusA, z), s: inst.s, e: inst.e, k: inst.k, salt };
}

/** A fresh encryption (c0, c1) of m (n coefficients) under (b, a), centered, with its witness. */
export function encryptionFromWitness(key, { u, e0, e1, m }, { N, Q, Delta }) {
  const mFull = Array.from({ length: N }, (_, i) => (i < m.length ? m[i] : 0n));
  const rest0 = add(negacyclic(key.b, u), e0, scale(Delta, mFull));
  const rest1 = add(negacyclic(key.a, u), e1);
  const c0 = rest0.map((x) => center(x, Q)), c1 = rest1.map((x) => center(x, Q));
  return { c0, c1, u, e0, e1, m, k0: quotient(c0, rest0, Q), k1: quotient(c1, rest1, Q) };
}

export function encryptionInstance(r, key, m, params) {
  const { N, eBits } = params;
  return encryptionFromWitness(key, { u: ternary(r, N), e0: r.ints(N, eBits), e1: r.ints(N, eBits), m }, params);
}

export function inputProofInput(key, enc, z, gamma, salt) {
  const wb = shiftEvaluations(key.b, z), wa = shiftEvaluations(key.a, z);
  return {
    z, gamma,
    target: mod(evaluate(enc.c0, z) + gamma * evaluate(enc.c1, z), P),
    w: wb.map((x, l) => mod(x + gamma * wa[l], P)),
    u: enc.u, e0: enc.e0, e1: enc.e1, m: enc.m, k0: enc.k0, k1: enc.k1, salt,
  };
}

/** Output positions and the weight polynomial v = sum w[i][j] X^(i n + n - 1 - j). */
export function weightPolynomial(weights, n, outputs, N) {
  const v = new Array(N).fill(0n);
  for (let i = 0; i < outputs; i++) for (let j = 0; j < n; j++) v[i * n + n - 1 - j] = weights[i * n + j];
  return v;
}

/** The server's re-randomized, flooded evaluation (c1', beta) with its witness. */
export function evaluationFromWitness(key, enc, model, { u, e1, f }, { N, Q, Delta }) {
  const { n, outputs, weights, bias } = model;
  const v = weightPolynomial(weights, n, outputs, N);
  const rest1 = add(negacyclic(enc.c1, v), negacyclic(key.a, u), e1);
  const c1out = rest1.map((x) => center(x, Q));
  const c0v = negacyclic(enc.c0, v), bu = negacyclic(key.b, u);
  const positions = Array.from({ length: outputs }, (_, i) => i * n + n - 1);
  const restBeta = positions.map((p, i) => c0v[p] + Delta * bias[i] + bu[p] + f[i]);
  const beta = restBeta.map((x) => center(x, Q));
  return { v, u, e1, f, c1out, beta, positions, k1: quotient(c1out, rest1, Q), kappa: quotient(beta, restBeta, Q) };
}

export function evaluationInstance(r, key, enc, model, params) {
  const { N, eBits, fBits } = params;
  return evaluationFromWitness(key, enc, model, { u: ternary(r, N), e1: r.ints(N, eBits), f: r.ints(model.outputs, fBits) }, params);
}

export function evalProofInput(key, enc, model, ev, archHash, z, gamma, salt) {
  const { n, outputs } = model;
  const gammaPowers = ev.positions.map((_, i) => gamma ** BigInt(i + 1) % P);
  const wc1 = shiftEvaluations(enc.c1, z), wa = shiftEvaluations(key.a, z);
  const c0At = ev.positions.map((p) => shiftCoefficients(enc.c0, p));
  const bAt = ev.positions.map((p) => shiftCoefficients(key.b, p));
  const combine = (base, columns, l) => mod(columns.reduce((s, col, i) => s + gammaPowers[i] * col[l], base), P);
  const wv = [];
  for (let i = 0; i < outputs; i++) for (let j = 0; j < n; j++) {
    const l = i * n + n - 1 - j;
    wv.push(combine(wc1[l], c0At, l));
  }
  const wu = wa.map((x, l) => combine(x, bAt, l));
  const target = mod(ev.beta.reduce((s, b, i) => s + gammaPowers[i] * b, evaluate(ev.c1out, z)), P);
  return {
    archHash, z, gamma, target, wv, wu, weights: model.weights, bias: model.bias,
    u: ev.u, e1: ev.e1, k1: ev.k1, f: ev.f, kappa: ev.kappa, salt,
  };
}

export { P, pack, sponge, toField };
