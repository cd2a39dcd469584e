#!/usr/bin/env bash
# The main job: set the machine up, then run the whole security gate on the shipped Airflow image and
# manifests, and merge the reports. Exit code: the gate's (0 pass, non-zero fail).
#
# Two checks need data from outside this repository, and fail closed (never pass) without it:
#   image-scan        a vulnerability database: trivy on PATH, or an OSV database (FLIGHTCHECK_OSV_DB,
#                     else fetched here into the cache when a network is allowed)
#   verify-signature  the registry holding the signed release image the manifests pin
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/bootstrap.sh
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false

cache="${FLIGHTCHECK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/flightcheck}"
if [ -z "${FLIGHTCHECK_OSV_DB:-}" ] && ! command -v trivy >/dev/null 2>&1; then
  db="$cache/osv"
  echo "[gate] no trivy and no FLIGHTCHECK_OSV_DB: fetching an OSV database into $db"
  if npx flightcheck osv-db fetch --ecosystem Debian:12 --ecosystem PyPI --out "$db"; then
    export FLIGHTCHECK_OSV_DB="$db"
  elif [ -f "$db/flightcheck-osv-db.json" ]; then
    echo "[gate] fetch failed; using the copy in $db (the scan refuses it if it is too old)"
    export FLIGHTCHECK_OSV_DB="$db"
  else
    echo "[gate] no vulnerability database could be had: image-scan will fail closed (see above)"
  fi
fi

# this run's reports only (cached tasks restore theirs); nothing stale from an earlier run gets merged
rm -rf dist/flightcheck
status=0
npx nx run-many -t security --outputStyle=static || status=1
mkdir -p dist
npx flightcheck report --format markdown --output dist/flightcheck-report.md || true
npx flightcheck report --format sarif --output dist/flightcheck.sarif || true
echo
echo "================ flightcheck: merged report of this run ================"
npx flightcheck report --format text || true
if [ "$status" -eq 0 ]; then echo "gate: PASSED"; else echo "gate: FAILED: see the findings and the checks that could not run above"; fi
exit "$status"
