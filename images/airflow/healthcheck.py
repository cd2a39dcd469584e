"""Container HEALTHCHECK of the Airflow image (Docker only; Kubernetes uses its own probes).

Finds the Airflow component this container runs from PID 1's command line
(``dumb-init -- airflow <component> ...``) and checks it:

* api-server: GET /api/v2/monitor/health on the local port answers 200;
* scheduler, triggerer, dag-processor: ``airflow jobs check --local`` finds a live job;
* anything else (a one-off command, a task): healthy, nothing long-running to check.

Exit code 0 = healthy, 1 = unhealthy (Docker's HEALTHCHECK contract).
"""

import os
import subprocess
import sys
import urllib.request

JOB_TYPES = {
    "scheduler": "SchedulerJob",
    "triggerer": "TriggererJob",
    "dag-processor": "DagProcessorJob",
}


def component(cmdline: list[str]) -> str | None:
    """The word after ``airflow`` in a command line, e.g. ``scheduler``."""
    for index, word in enumerate(cmdline[:-1]):
        if os.path.basename(word) == "airflow":
            return cmdline[index + 1]
    return None


def pid1_cmdline() -> list[str]:
    try:
        with open("/proc/1/cmdline", "rb") as handle:
            return [part.decode() for part in handle.read().split(b"\0") if part]
    except OSError:
        return []


def check_api_server() -> bool:
    port = os.environ.get("AIRFLOW__API__PORT", "8080")
    url = f"http://127.0.0.1:{port}/api/v2/monitor/health"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (fixed local URL)
            return response.status == 200
    except OSError:
        return False


def check_job(job_type: str) -> bool:
    command = ["airflow", "jobs", "check", "--job-type", job_type, "--local"]
    try:
        return subprocess.run(command, capture_output=True, timeout=15, check=False).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def main() -> int:
    name = component(pid1_cmdline())
    if name == "api-server":
        healthy = check_api_server()
    elif name in JOB_TYPES:
        healthy = check_job(JOB_TYPES[name])
    else:
        healthy = True
    print(f"{name or 'container'}: {'healthy' if healthy else 'unhealthy'}")
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
