// The node-seal half of bin/bench-fhe: Microsoft SEAL 4.x compiled to WebAssembly (npm node-seal 6.0.3),
// timed on the same operations and parameter sets as FheBenchmark.java, same method (median after warm-up).
// Prints one JSON object per line: {"impl":"seal","set":"ckks-8192","op":"encrypt","threads":1,"ms":1.23}.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const SEAL = require('node-seal/throws_wasm_node_umd.js');

const WARMUP = 20, RUNS = 31;
const seal = await SEAL();

function median(warmup, runs, op) {
  for (let i = 0; i < warmup; i++) op();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    op();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return runs % 2 ? t[(runs - 1) / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
}

function print(set, op, ms) {
  console.log(JSON.stringify({ impl: 'seal', set, op, threads: 1, ms: Number(ms.toFixed(4)) }));
}

function context(scheme, n, bits, plain) {
  const parms = seal.EncryptionParameters(scheme);
  parms.setPolyModulusDegree(n);
  parms.setCoeffModulus(seal.CoeffModulus.Create(n, Int32Array.from(bits)));
  if (plain) parms.setPlainModulus(seal.Modulus(BigInt(plain)));
  const ctx = seal.Context(parms, true, seal.SecurityLevel.tc128);
  if (!ctx.parametersSet()) throw new Error('SEAL rejected the parameters: ' + ctx.parameterErrorMessage());
  return ctx;
}

function keys(ctx, set) {
  print(set, 'keygen', median(3, 7, () => {
    const kg = seal.KeyGenerator(ctx);
    const pk = kg.createPublicKey();
    const rk = kg.createRelinKeys();
    pk.delete(); rk.delete(); kg.delete();
  }));
  const kg = seal.KeyGenerator(ctx);
  return { sk: kg.secretKey(), pk: kg.createPublicKey(), rk: kg.createRelinKeys(), gk: kg.createGaloisKeys(Int32Array.from([1])) };
}

function ckks(set, n, bits) {
  const ctx = context(seal.SchemeType.ckks, n, bits);
  const k = keys(ctx, set);
  const encoder = seal.CKKSEncoder(ctx);
  const encryptor = seal.Encryptor(ctx, k.pk);
  const decryptor = seal.Decryptor(ctx, k.sk);
  const evaluator = seal.Evaluator(ctx);
  const scale = Math.pow(2, 40);
  const values = Float64Array.from({ length: n / 2 }, () => Math.random() * 2 - 1);
  const pt = encoder.encode(values, scale);
  const a = encryptor.encrypt(pt), b = encryptor.encrypt(pt);
  const dest = seal.CipherText(), prod = seal.CipherText(), ptOut = seal.PlainText();
  evaluator.multiply(a, b, prod);
  evaluator.relinearize(prod, k.rk, prod);
  print(set, 'encode', median(WARMUP, RUNS, () => encoder.encode(values, scale, ptOut)));
  print(set, 'encrypt', median(WARMUP, RUNS, () => encryptor.encrypt(pt, dest)));
  const acc = encryptor.encrypt(pt);
  print(set, 'add', median(WARMUP, RUNS, () => evaluator.add(acc, b, acc)));
  print(set, 'mul_relin', median(WARMUP, RUNS, () => { evaluator.multiply(a, b, dest); evaluator.relinearize(dest, k.rk, dest); }));
  print(set, 'mul_plain', median(WARMUP, RUNS, () => evaluator.multiplyPlain(a, pt, dest)));
  print(set, 'rescale', median(WARMUP, RUNS, () => evaluator.rescaleToNext(prod, dest)));
  print(set, 'rotate', median(WARMUP, RUNS, () => evaluator.rotateVector(a, 1, k.gk, dest)));
  print(set, 'decrypt', median(WARMUP, RUNS, () => decryptor.decrypt(a, ptOut)));
  print(set, 'decode', median(WARMUP, RUNS, () => { decryptor.decrypt(a, ptOut); encoder.decode(ptOut); }));
}

function bfv(set, n, bits, t) {
  const ctx = context(seal.SchemeType.bfv, n, bits, t);
  const k = keys(ctx, set);
  const encoder = seal.BatchEncoder(ctx);
  const encryptor = seal.Encryptor(ctx, k.pk);
  const decryptor = seal.Decryptor(ctx, k.sk);
  const evaluator = seal.Evaluator(ctx);
  const values = Int32Array.from({ length: n }, () => Math.floor(Math.random() * t));
  const pt = encoder.encode(values);
  const a = encryptor.encrypt(pt), b = encryptor.encrypt(pt);
  const dest = seal.CipherText(), ptOut = seal.PlainText();
  print(set, 'encrypt', median(WARMUP, RUNS, () => encryptor.encrypt(pt, dest)));
  const acc = encryptor.encrypt(pt);
  print(set, 'add', median(WARMUP, RUNS, () => evaluator.add(acc, b, acc)));
  print(set, 'mul_relin', median(WARMUP, RUNS, () => { evaluator.multiply(a, b, dest); evaluator.relinearize(dest, k.rk, dest); }));
  print(set, 'mul_plain', median(WARMUP, RUNS, () => evaluator.multiplyPlain(a, pt, dest)));
  print(set, 'rotate', median(WARMUP, RUNS, () => evaluator.rotateRows(a, 1, k.gk, dest)));
  print(set, 'decrypt', median(WARMUP, RUNS, () => decryptor.decrypt(a, ptOut)));
  print(set, 'decode', median(WARMUP, RUNS, () => { decryptor.decrypt(a, ptOut); encoder.decode(ptOut); }));
}

ckks('ckks-8192', 8192, [60, 40, 40, 60]);
ckks('ckks-16384', 16384, [60, 40, 40, 40, 40, 40, 40, 60]);
bfv('bfv-8192', 8192, [43, 43, 44, 44, 44], 65537);
