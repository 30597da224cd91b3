#!/usr/bin/env bash
# Installs the pinned npm toolchain of this folder (npm ci) unless node_modules already matches
# package-lock.json. Called by the Maven build; safe to run by hand. Needs Node.js 20+ and npm.
set -euo pipefail
dir=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)
cd "$dir"
command -v node >/dev/null || { echo "error: Node.js 20+ is required (npm packages in $dir)" >&2; exit 1; }
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || { echo "error: Node.js 20+ is required, found $(node --version)" >&2; exit 1; }
stamp=node_modules/.aitbc-lock-sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
# Several builds may share this folder: one installs, the others wait.
exec 9>"$dir/.npm-install.lock"
flock 9
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
echo "npm ci in $dir" >&2
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
