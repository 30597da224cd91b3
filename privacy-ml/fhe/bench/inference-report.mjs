// Markdown tables for bin/bench-fhe-inference from the JSON lines of FheInferenceBench (accuracy, compare) and
// seal-inference.mjs. Timings: for every (model, side, threads, op) the lowest median over the rounds (the
// machine is shared; this damps other processes). Ratios are ours / node-seal (below 1: ours is faster).
// Usage: node inference-report.mjs accuracy.jsonl ours.jsonl seal.jsonl
import { readFileSync, existsSync } from 'node:fs';

const load = (f) => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l)) : []);
const [accuracy, ours, seal] = process.argv.slice(2).map(load);
const pct = (x) => (100 * x).toFixed(2) + '%';
const mb = (b) => (b / 1048576).toFixed(b >= 10 * 1048576 ? 0 : 1);
const fmt = (x) => (x === undefined ? '-' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : (a / b).toFixed(2));

if (accuracy.length) {
  console.log('Accuracy on the first IMAGES Fashion-MNIST test images, encrypted end to end (client encrypts, server evaluates, client decrypts);');
  console.log('"reference" is the plaintext computation the encrypted one equals (the model itself unless ReLU is approximated).\n');
  console.log('| model | parameters | CKKS set, depth | images | float model acc. | encrypted acc. | encrypted = reference class | encrypted = float class | max logit error | float acc. (10,000) | reference acc. (10,000) |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of accuracy) {
    console.log(`| ${r.model} | ${r.params.toLocaleString('en-US')} | ${r.parameters}, ${r.depth} | ${r.images} | ${pct(r.floatAcc)} | ${pct(r.encryptedAcc)} | `
      + `${pct(r.agreeReference / r.images)} (${r.agreeReference}/${r.images}) | ${pct(r.agreeFloat / r.images)} | ${r.maxLogitError.toExponential(1)} | `
      + `${pct(r.floatAccFull)} | ${pct(r.referenceAccFull)} |`);
  }
  console.log('\nPacking, activations, sizes and memory. Keys and ciphertexts as uploaded (seed-compressed, bit-packed); "live heap": heap in use after a full GC with the');
  console.log('compiled model, the keys, the evaluator and its plaintext cache referenced (what inference needs); "peak RSS": the whole JVM (heap sized by the collector, -Xmx12g).\n');
  console.log('| model | packed layers | activations | rotation keys | evaluation keys MB | input ct KB | result ct KB | key generation s | s per image (2 parallel) | cached plaintexts MB | live heap MB | peak RSS MB |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of accuracy) {
    console.log(`| ${r.model} | ${r.layers.join('; ')} | ${r.activations.join('; ') || '-'} | ${r.rotationKeys} | ${mb(r.evalKeyBytes)} | `
      + `${(r.inputCtBytes / 1024).toFixed(0)} | ${(r.outputCtBytes / 1024).toFixed(0)} | ${r.keygenS.toFixed(1)} | ${r.secondsPerImage.toFixed(2)} | ${r.cachedPlaintextMiB} | ${r.liveHeapMiB} | ${r.peakRssMiB} |`);
  }
}

if (seal.length) {
  const best = new Map();
  const keep = (k, v) => { if (v !== undefined) best.set(k, Math.min(best.get(k) ?? Infinity, v)); };
  for (const r of [...ours, ...seal]) {
    const k = `${r.impl}|${r.threads}|${r.model}|${r.op}`;
    keep(k + '|ms', r.ms);
    keep(k + '|cpu', r.cpu_ms);
    keep(k + '|value', r.value);
  }
  const g = (impl, t, model, op, m) => best.get(`${impl}|${t}|${model}|${op}|${m}`);
  const models = [...new Set(seal.map((r) => r.model))];
  console.log('\nThe same packed computation in node-seal 6.0.3 (SEAL in WebAssembly, single-threaded, same bit sizes, same diagonals, BSGS');
  console.log('grouping, folds and squares; SEAL has no hoisted rotations). "ours 1T/2T": 1 or 2 threads. Median per input, best of the rounds.\n');
  console.log('| model | step | node-seal CPU ms | ours 1T CPU ms | **ratio CPU** | node-seal wall ms | ours 1T wall ms | ratio wall | ours 2T wall ms | ratio 2T wall |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const model of models) {
    for (const op of ['keygen', 'encrypt', 'evaluate', 'decrypt', 'end_to_end']) {
      const s = (m) => g('seal', 1, model, op, m), o1 = (m) => g('aitbc', 1, model, op, m), o2 = (m) => g('aitbc', 2, model, op, m);
      const name = op === 'end_to_end' ? '**end to end** (encrypt + evaluate + decrypt)' : op;
      console.log(`| ${model} | ${name} | ${fmt(s('cpu'))} | ${fmt(o1('cpu'))} | **${ratio(o1('cpu'), s('cpu'))}** | ${fmt(s('ms'))} | ${fmt(o1('ms'))} | `
        + `${ratio(o1('ms'), s('ms'))} | ${fmt(o2('ms'))} | ${ratio(o2('ms'), s('ms'))} |`);
    }
    console.log(`| ${model} | first evaluation (encodes the plaintexts) | ${fmt(g('seal', 1, model, 'prepare', 'cpu'))} (prepare) | ${fmt(g('aitbc', 1, model, 'evaluate_cold', 'cpu'))} | | ${fmt(g('seal', 1, model, 'prepare', 'ms'))} | ${fmt(g('aitbc', 1, model, 'evaluate_cold', 'ms'))} | | ${fmt(g('aitbc', 2, model, 'evaluate_cold', 'ms'))} | |`);
    console.log(`| ${model} | max logit error vs plaintext | ${g('seal', 1, model, 'max_logit_error', 'value')?.toExponential(1)} | ${g('aitbc', 1, model, 'max_logit_error', 'value')?.toExponential(1)} | | | | | | |`);
  }
}
