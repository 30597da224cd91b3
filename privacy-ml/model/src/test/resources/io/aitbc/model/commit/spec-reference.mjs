// Runs circuits/test/reference/zkml-spec.mjs (the circuits helper's independent JS reading of
// docs/ZKML-SPEC.md) on a quantized model. argv[2]: path of zkml-spec.mjs.
// stdin: {"model": {inputShape, bIn, bW, bB, fA, layers: [{type, ..., w: ["-3", ...], b: [...]}]},
//         "inputs": [["12", ...], ...], "archHash": "..."}; stdout: one array of public signals per input.
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";

const spec = await import(pathToFileURL(process.argv[2]).href);
const req = JSON.parse(readFileSync(0, "utf8"));
const big = (a) => a.map((v) => BigInt(v));
for (const l of req.model.layers) {
  if (l.w) { l.w = big(l.w); l.b = big(l.b); }
}
const hash = await spec.poseidonHasher();
const out = req.inputs.map((x) => spec.inference(hash, req.model, big(x), BigInt(req.archHash)).map(String));
process.stdout.write(JSON.stringify(out));
