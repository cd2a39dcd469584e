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

# A step that can take minutes prints a line every 10 s: what it does, for how long, how far.
heartbeat() { # heartbeat <what> <progress function> -- <command...>
  local what="$1" progress="$2"; shift 3
  local start=$SECONDS
  "$@" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do sleep 1; kill -0 "$pid" 2>/dev/null || break; done
    kill -0 "$pid" 2>/dev/null && log "still ${what} ($((SECONDS - start))s, $("$progress" 2>/dev/null || true))"
  done
  wait "$pid"
}

npm_progress() { echo "$(find node_modules -maxdepth 3 -name package.json 2>/dev/null | wc -l) packages in node_modules so far"; }
build_progress() { echo "$(find packages -path '*/dist/*.js' -newer package.json 2>/dev/null | wc -l) files written"; }

times=()
timed() { # timed <name> <command...>
  local name="$1" start=$SECONDS; shift
  "$@"
  times+=("${name} $((SECONDS - start))s")
}

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  timed "npm-ci" heartbeat "installing npm packages (npm ci)" npm_progress -- npm ci --no-audit --no-fund --loglevel=error
fi
log "build (tsc -b)"
timed "build" heartbeat "compiling (tsc -b)" build_progress -- npm run --silent build
log "system parts (tools/setup.mjs)"
timed "setup" node tools/setup.mjs "$@"
log "ready (${times[*]})"
