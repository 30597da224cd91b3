#!/usr/bin/env bash
# Runs the circuit tests (node --test): circom2 compiles, witnesses, R1CS checks, snarkjs Groth16.
# Usage: scripts/test.sh [skip]   (the Maven build passes "true" when -DskipTests / -Dmaven.test.skip)
# Compiled circuits are cached under target/circom-cache, keyed by the hash of their sources.
set -euo pipefail
for flag in "$@"; do
  if [ "$flag" = "true" ]; then echo "circuit tests skipped"; exit 0; fi
done
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec node --test --test-reporter=spec test/*.test.mjs
