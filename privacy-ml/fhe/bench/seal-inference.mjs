// The node-seal half of bin/bench-fhe-inference: runs a compiled model's exact packed computation (written by
// FheInferenceBench compare: plan.json + plan.bin) with Microsoft SEAL in WebAssembly (node-seal 6.0.3), with
// the same parameters' bit sizes, the same diagonals, baby-step giant-step grouping, folds, biases and squares.
// SEAL has no hoisted rotations: every baby and giant rotation is a full one. Plaintexts are encoded before
// the timed evaluations (as the Java side caches them). The decrypted logits are checked against the expected
// ones, so both sides provably compute the same thing.
// Prints JSON lines {"impl":"seal","model":...,"threads":1,"op":...,"ms":...,"cpu_ms":...}.
// Usage: node seal-inference.mjs PLAN_DIR
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const SEAL = require('node-seal/throws_wasm_node_umd.js');

const dir = process.argv[2];
const plan = JSON.parse(readFileSync(`${dir}/plan.json`, 'utf8'));
const raw = readFileSync(`${dir}/plan.bin`);
const data = new Float64Array(raw.buffer, raw.byteOffset, raw.byteLength / 8);
const vec = (offset) => data.subarray(offset, offset + plan.slots);
const seal = await SEAL();

function clock(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  return { r, ms, cpu_ms: (c.user + c.system) / 1e3 };
}
const print = (op, ms, cpu) => console.log(JSON.stringify({ impl: 'seal', model: plan.model, threads: 1, op, ms: +ms.toFixed(3), cpu_ms: +cpu.toFixed(3) }));
const median = (x) => { const s = [...x].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

const parms = seal.EncryptionParameters(seal.SchemeType.ckks);
parms.setPolyModulusDegree(plan.n);
parms.setCoeffModulus(seal.CoeffModulus.Create(plan.n, Int32Array.from([...plan.qBits, ...plan.pBits])));
const ctx = seal.Context(parms, true, seal.SecurityLevel.tc128);
if (!ctx.parametersSet()) throw new Error('SEAL rejected the parameters: ' + ctx.parameterErrorMessage());
const scale = Math.pow(2, plan.logScale);

const makeKeys = () => {
  const keygen = seal.KeyGenerator(ctx);
  return { sk: keygen.secretKey(), pk: keygen.createPublicKey(), rk: plan.relin ? keygen.createRelinKeys() : null, gk: keygen.createGaloisKeys(Int32Array.from(plan.rotationSteps)) };
};
for (const k of Object.values(makeKeys())) k?.delete(); // warm-up (V8 tiers the wasm up); the second run is timed
const kg = clock(makeKeys);
print('keygen', kg.ms, kg.cpu_ms);
const { sk, pk, rk, gk } = kg.r;
const encoder = seal.CKKSEncoder(ctx);
const encryptor = seal.Encryptor(ctx, pk, sk); // used with encryptSymmetric, as our client
const decryptor = seal.Decryptor(ctx, sk);
const ev = seal.Evaluator(ctx);

// parms ids by level (level = number of primes - 1 left), and the prime a rescale at that level divides by
const topLevel = plan.qBits.length - 1;
const parmsAt = new Map();
for (let cd = ctx.getContextData(ctx.firstParmsId), level = topLevel; cd; cd = cd.nextContextData, level--) {
  const q = cd.parms.coeffModulus;
  parmsAt.set(level, { id: cd.parmsId, lastPrime: Number(q[q.length - 1]) });
  if (level === 0) break;
}

// encode every plaintext at the level and scale where it is used (untimed, as our cache)
const prep = clock(() => {
  let level = plan.inputLevel;
  const encoded = [];
  for (const st of plan.stages) {
    if (st.kind === 'square') { encoded.push(null); level--; continue; }
    const { id, lastPrime } = parmsAt.get(level);
    const giants = st.giants.map((g) => ({ giant: g.giant, terms: g.terms.map((t) => {
      const pt = encoder.encode(vec(t.offset), lastPrime);
      ev.plainModSwitchTo(pt, id, pt);
      return { baby: t.baby, pt };
    }) }));
    encoded.push({ giants, fold: st.fold, bias: st.bias, biasLevel: level - 1 });
    level--;
  }
  return encoded;
});
print('prepare', prep.ms, prep.cpu_ms);
const stages = prep.r;

function linear(x, st) {
  const babies = new Map();
  for (const g of st.giants) for (const t of g.terms) if (!babies.has(t.baby)) babies.set(t.baby, t.baby === 0 ? x : ev.rotateVector(x, t.baby, gk));
  let acc = null;
  const tmp = seal.CipherText();
  for (const g of st.giants) {
    let inner = null;
    for (const t of g.terms) {
      if (inner === null) inner = ev.multiplyPlain(babies.get(t.baby), t.pt);
      else { ev.multiplyPlain(babies.get(t.baby), t.pt, tmp); ev.add(inner, tmp, inner); }
    }
    if (g.giant !== 0) ev.rotateVector(inner, g.giant, gk, inner);
    if (acc === null) acc = inner; else { ev.add(acc, inner, acc); inner.delete(); }
  }
  for (const [b, c] of babies) if (b !== 0) c.delete();
  ev.rescaleToNext(acc, acc);
  for (const step of st.fold) { ev.rotateVector(acc, step, gk, tmp); ev.add(acc, tmp, acc); }
  tmp.delete();
  if (st.bias >= 0) {
    const b = encoder.encode(vec(st.bias), acc.scale);
    ev.plainModSwitchTo(b, acc.parmsId, b);
    ev.addPlain(acc, b, acc);
    b.delete();
  }
  return acc;
}

function evaluate(ct) {
  let x = ct;
  for (const st of stages) {
    let y;
    if (st === null) { y = ev.square(x); ev.relinearize(y, rk, y); ev.rescaleToNext(y, y); }
    else y = linear(x, st);
    if (x !== ct) x.delete();
    x = y;
  }
  return x;
}

const enc = [], encCpu = [], evl = [], evlCpu = [], dec = [], decCpu = [];
let maxError = 0, agree = 0, total = 0;
for (let round = 0; round < 2; round++) {
  for (const img of plan.images) {
    const e = clock(() => {
      const pt = encoder.encode(vec(img.input), scale);
      const ct = encryptor.encryptSymmetric(pt);
      pt.delete();
      if (plan.inputLevel !== topLevel) ev.cipherModSwitchTo(ct, parmsAt.get(plan.inputLevel).id, ct);
      return ct;
    });
    const r = clock(() => evaluate(e.r));
    const d = clock(() => { const pt = decryptor.decrypt(r.r); const v = encoder.decode(pt); pt.delete(); return v; });
    e.r.delete(); r.r.delete();
    if (round === 0) continue; // warm-up round (V8 tiers the wasm up)
    enc.push(e.ms); encCpu.push(e.cpu_ms); evl.push(r.ms); evlCpu.push(r.cpu_ms); dec.push(d.ms); decCpu.push(d.cpu_ms);
    const logits = Array.from(d.r.slice(0, plan.outputLength));
    for (let k = 0; k < logits.length; k++) maxError = Math.max(maxError, Math.abs(logits[k] - img.expected[k]));
    const argmax = (v) => v.reduce((best, x, i) => (x > v[best] ? i : best), 0);
    if (argmax(logits) === argmax(img.expected)) agree++;
    total++;
  }
}
print('encrypt', median(enc), median(encCpu));
print('evaluate', median(evl), median(evlCpu));
print('decrypt', median(dec), median(decCpu));
print('end_to_end', median(enc) + median(evl) + median(dec), median(encCpu) + median(evlCpu) + median(decCpu));
console.log(JSON.stringify({ impl: 'seal', model: plan.model, threads: 1, op: 'max_logit_error', value: maxError, agree, total }));
if (maxError > 1e-2 || agree !== total) { console.error(`node-seal result differs from the expected logits (max error ${maxError}, ${agree}/${total} classes)`); process.exit(1); }
