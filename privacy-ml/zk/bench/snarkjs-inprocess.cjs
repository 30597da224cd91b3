// In-process snarkjs timings for bin/bench-zk (not a test): prove after one warm-up run, then verify,
// in one node process, so that start-up and wasm compilation are not counted (as for ours).
// Usage: node snarkjs-inprocess.cjs <snarkjs dir> <zkey> <wtns> <vkey.json> <runs>
const [snarkjsDir, zkey, wtns, vkeyFile, runsArg] = process.argv.slice(2);
const snarkjs = require(snarkjsDir);
const fs = require("fs");
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
(async () => {
  const runs = Number(runsArg);
  let out = await snarkjs.groth16.prove(zkey, wtns); // warm-up
  const prove = [], cpu = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint(), c = process.cpuUsage();
    out = await snarkjs.groth16.prove(zkey, wtns);
    prove.push(Number(process.hrtime.bigint() - s) / 1e9);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1e6);
  }
  console.log(`snarkjs prove (in-process, warm, median of ${runs}): ${median(prove).toFixed(3)} s (cpu ${median(cpu).toFixed(2)} s)`);
  const vkey = JSON.parse(fs.readFileSync(vkeyFile, "utf8"));
  for (let i = 0; i < 5; i++) await snarkjs.groth16.verify(vkey, out.publicSignals, out.proof);
  const verify = [];
  for (let i = 0; i < 20; i++) {
    const s = process.hrtime.bigint();
    if (!(await snarkjs.groth16.verify(vkey, out.publicSignals, out.proof))) throw new Error("proof did not verify");
    verify.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  console.log(`snarkjs verify (in-process, median of 20): ${median(verify).toFixed(3)} ms`);
  process.exit(0);
})();
