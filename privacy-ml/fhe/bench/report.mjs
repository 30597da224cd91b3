// Combines the JSON lines of seal-bench.mjs and FheBenchmark.java into a Markdown table: for every
// (set, op), the best (lowest) median over the rounds of each side, and ours / node-seal.
// Usage: node report.mjs seal.jsonl ours.jsonl
import { readFileSync } from 'node:fs';

const load = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
const best = new Map();
for (const r of [...load(process.argv[2]), ...load(process.argv[3])]) {
  const k = `${r.impl}|${r.threads}|${r.set}|${r.op}`;
  best.set(k, Math.min(best.get(k) ?? Infinity, r.ms));
}
const threads = [...new Set([...best.keys()].filter((k) => k.startsWith('aitbc|')).map((k) => Number(k.split('|')[1])))].sort((a, b) => a - b);
const rows = [...new Set([...best.keys()].filter((k) => k.startsWith('seal|')).map((k) => k.split('|').slice(2).join('|')))];
const fmt = (x) => (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
let header = '| set | operation | node-seal ms |';
let line = '|---|---|---:|';
for (const t of threads) { header += ` ours ${t}T ms | ours/seal ${t}T |`; line += '---:|---:|'; }
console.log(header);
console.log(line);
for (const row of rows) {
  const [set, op] = row.split('|');
  const seal = best.get(`seal|1|${row}`);
  let out = `| ${set} | ${op} | ${fmt(seal)} |`;
  for (const t of threads) {
    const ours = best.get(`aitbc|${t}|${row}`);
    out += ours === undefined ? ' - | - |' : ` ${fmt(ours)} | ${(ours / seal).toFixed(2)} |`;
  }
  console.log(out);
}
