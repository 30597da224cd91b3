#!/usr/bin/env bash
# Compiles a main circom file with the pinned circom2 and this module's template library:
#   scripts/compile-main.sh MAIN.circom OUT_DIR [--O1]     (default --O2)
# Writes OUT_DIR/<name>.r1cs, OUT_DIR/<name>.sym and OUT_DIR/<name>_js/<name>.wasm (name = MAIN's base name).
# circom2 runs under WASI and opens only paths below its working directory, so it runs from this
# module's directory with relative library paths; MAIN and OUT_DIR may be anywhere.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 MAIN.circom OUT_DIR [--O1|--O2]" >&2; exit 2; }
main=$(realpath "$1")
mkdir -p "$2"
out=$(realpath "$2")
level=${3:---O2}
case "$level" in --O1|--O2) ;; *) echo "error: optimization must be --O1 or --O2, got $level" >&2; exit 2;; esac
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec node node_modules/circom2/cli.js "$main" --r1cs --wasm --sym "$level" -l lib -l node_modules -o "$out"
