#!/usr/bin/env bash
# Regenerates ptau/pot12_dev_unsafe.ptau: a BN254 powers-of-tau file (2^12) for TESTS ONLY.
# UNSAFE: its only contribution is a beacon with a published value, so tau is known to anyone and
# proofs made with keys derived from it can be forged. Never use it for real models or receipts.
# Deterministic: snarkjs 0.7.6 gives the same file (sha256 981e4974...d0b417, checked). About 90 s CPU.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
snarkjs=node_modules/.bin/snarkjs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$snarkjs" powersoftau new bn128 12 "$tmp/0.ptau"
"$snarkjs" powersoftau beacon "$tmp/0.ptau" "$tmp/1.ptau" \
  "aa17bc00000000000000000000000000000000000000000000000000000000ff" 10 -n="AITBC dev-only beacon, UNSAFE"
"$snarkjs" powersoftau prepare phase2 "$tmp/1.ptau" ptau/pot12_dev_unsafe.ptau
