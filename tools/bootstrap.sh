#!/usr/bin/env bash
# Sets up a fresh Debian machine (as root) for flightcheck: npm packages, the compiled packages, and
# the system parts the gate and the tests use (Docker engine, offline base image, ShellCheck, cosign,
# a local registry). Idempotent; a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[bootstrap] %s\n' "$*"; }

if ! command -v node >/dev/null 2>&1; then
  echo "bootstrap: Node.js >= 20.19 is required (node not found)" >&2
  exit 1
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error(`bootstrap: Node.js >= 20.19 is required (found ${process.versions.node})`); process.exit(1) }'

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "build (tsc -b)"
npm run --silent build
log "system parts (tools/setup.mjs)"
node tools/setup.mjs "$@"
log "ready"
