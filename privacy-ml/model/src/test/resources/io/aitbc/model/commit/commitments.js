// Independent recomputation of docs/ZKML-SPEC.md §3 with circomlibjs's Poseidon and node's SHA-256.
// stdin: {"arch": "<canonical json>", "params": [{"bits": 8, "values": ["-3", ...]}, ...],
//         "hashes": [{"bits": 16, "values": [...]}, ...], "sponges": [["<field element>", ...], ...]}
// stdout: {"archHash", "paramsDigest", "modelCommitment", "hashes": [...], "sponges": [...]} as decimal strings.
const crypto = require("crypto");
const { buildPoseidon } = require("circomlibjs");

function pack(values, bits) {
  const b = BigInt(bits), k = Math.floor(248 / bits), offset = 1n << (b - 1n);
  const out = [];
  for (let start = 0; start < values.length; start += k) {
    let e = 0n;
    for (let i = 0; i < k && start + i < values.length; i++) {
      const u = BigInt(values[start + i]) + offset;
      if (u < 0n || u >= (1n << b)) throw new Error("value out of range: " + values[start + i]);
      e += u << (b * BigInt(i));
    }
    out.push(e);
  }
  return out;
}

(async () => {
  const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const poseidon = await buildPoseidon();
  const H = (xs) => poseidon.F.toObject(poseidon(xs));
  const sponge = (els) => {
    let h = 0n;
    for (let s = 0; s < els.length; s += 15) {
      const chunk = els.slice(s, s + 15);
      while (chunk.length < 15) chunk.push(0n);
      h = H([h, ...chunk]);
    }
    return H([h, BigInt(els.length)]);
  };
  const result = {};
  if (input.arch !== undefined) {
    const digest = crypto.createHash("sha256").update(Buffer.from(input.arch, "utf8")).digest();
    const archHash = BigInt("0x" + digest.subarray(0, 31).toString("hex"));
    const params = [];
    for (const t of input.params) params.push(...pack(t.values, t.bits));
    const paramsDigest = sponge(params);
    result.archHash = archHash.toString();
    result.paramsDigest = paramsDigest.toString();
    result.modelCommitment = H([archHash, paramsDigest]).toString();
  }
  result.hashes = (input.hashes || []).map((t) => sponge(pack(t.values, t.bits)).toString());
  result.sponges = (input.sponges || []).map((els) => sponge(els.map(BigInt)).toString());
  process.stdout.write(JSON.stringify(result));
})().catch((e) => { console.error(e); process.exit(1); });
