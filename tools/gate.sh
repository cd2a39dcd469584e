#!/usr/bin/env bash
# The main job: set the machine up, then run the whole security gate on the shipped Airflow image and
# manifests, and merge the reports. Exit code: the gate's (0 pass, non-zero fail).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/bootstrap.sh
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false
status=0
npx nx run-many -t security --outputStyle=static || status=$?
mkdir -p dist
npx flightcheck report --format markdown --output dist/flightcheck-report.md || true
npx flightcheck report --format sarif --output dist/flightcheck.sarif || true
npx flightcheck report --format text || true
if [ "$status" -eq 0 ]; then echo "gate: PASSED"; else echo "gate: FAILED (nx exit $status)"; fi
exit "$status"
