#!/usr/bin/env bash
# The main job: set the machine up (tools/bootstrap.sh: npm ci, build, tools/setup.mjs), then run the
# whole security gate on the shipped Airflow image and manifests in one profile, and merge the reports.
#
#   bash tools/gate.sh                    profile local (default): the whole release path on this machine
#   bash tools/gate.sh --profile release  what CI runs: the real image, registry, key and vulnerability data
#
# The profile can also come from FLIGHTCHECK_PROFILE or flightcheck.yaml `profile` (see README
# "Profiles"); it is never guessed from the network. Exit code: the gate's (0 pass, 1 fail, 2 usage).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/bootstrap.sh
exec node tools/gate.mjs --no-setup "$@"
