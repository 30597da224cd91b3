// Combines the JSON lines of seal-bench.mjs and FheBenchmark.java into a Markdown table. For every
// (set, operation) and side, the lowest median over the rounds; ratios are ours / node-seal.
// Single-threaded: process CPU time per operation (robust when other processes share the cores) and wall
// time. Multi-threaded: wall time (node-seal is single-threaded, so it is compared with its wall time).
// Usage: node report.mjs seal.jsonl ours.jsonl
import { readFileSync } from 'node:fs';

const load = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l));
const best = new Map();
const keep = (k, v) => best.set(k, Math.min(best.get(k) ?? Infinity, v));
for (const r of [...load(process.argv[2]), ...load(process.argv[3])]) {
  const k = `${r.impl}|${r.threads}|${r.set}|${r.op}`;
  keep(k + '|ms', r.ms);
  keep(k + '|cpu', r.cpu_ms);
}
const threads = [...new Set([...best.keys()].filter((k) => k.startsWith('aitbc|')).map((k) => Number(k.split('|')[1])))]
  .filter((t) => t > 1).sort((a, b) => a - b);
const rows = [...new Set([...best.keys()].filter((k) => k.startsWith('seal|')).map((k) => k.split('|').slice(2, 4).join('|')))];
const fmt = (x) => (x === undefined ? '-' : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const ratio = (a, b) => (a === undefined || b === undefined ? '-' : (a / b).toFixed(2));
let header = '| set | operation | node-seal CPU ms | ours 1T CPU ms | **ratio CPU** | node-seal wall ms | ours 1T wall ms | ratio wall |';
let line = '|---|---|---:|---:|---:|---:|---:|---:|';
for (const t of threads) { header += ` ours ${t}T wall ms | ratio ${t}T wall |`; line += '---:|---:|'; }
console.log(header);
console.log(line);
for (const row of rows) {
  const [set, op] = row.split('|');
  const g = (impl, t, m) => best.get(`${impl}|${t}|${row}|${m}`);
  let out = `| ${set} | ${op} | ${fmt(g('seal', 1, 'cpu'))} | ${fmt(g('aitbc', 1, 'cpu'))} | **${ratio(g('aitbc', 1, 'cpu'), g('seal', 1, 'cpu'))}** |`;
  out += ` ${fmt(g('seal', 1, 'ms'))} | ${fmt(g('aitbc', 1, 'ms'))} | ${ratio(g('aitbc', 1, 'ms'), g('seal', 1, 'ms'))} |`;
  for (const t of threads) out += ` ${fmt(g('aitbc', t, 'ms'))} | ${ratio(g('aitbc', t, 'ms'), g('seal', 1, 'ms'))} |`;
  console.log(out);
}
