// tools/bootstrap.sh's progress lines (npm ci and the build of a fresh clone take minutes): its own
// heartbeat and timed functions, run by bash as the script defines them, on a step of 11 s.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const script = readFileSync(new URL('./bootstrap.sh', import.meta.url), 'utf8');

/** The script's function definitions (log, heartbeat, timed), as bash reads them. */
function definitions() {
  const lines = script.split('\n');
  const fns = [];
  for (let i = 0; i < lines.length; i++) {
    const name = /^(log|heartbeat|timed)\(\) \{/.exec(lines[i])?.[1];
    if (!name) continue;
    if (/\}\s*$/.test(lines[i])) fns.push({ name, text: lines[i] });
    else {
      const end = lines.indexOf('}', i);
      fns.push({ name, text: lines.slice(i, end + 1).join('\n') });
    }
  }
  expect(fns.map((f) => f.name).sort()).toEqual(['heartbeat', 'log', 'timed']);
  return `times=()\n${fns.map((f) => f.text).join('\n')}\n`;
}

function bash(body) {
  const r = spawnSync('bash', ['-c', `set -euo pipefail\n${definitions()}${body}`], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, lines: r.stdout.trim().split('\n') };
}

describe('bootstrap progress lines', () => {
  it('a long step prints what it does, for how long and how far every 10 s, and the run ends with the time of each step', () => {
    const r = bash('progress() { echo "41 packages so far"; }\ntimed "npm-ci" heartbeat "installing npm packages" progress -- sleep 11\nlog "ready (${times[*]})"\n');
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([expect.stringMatching(/^\[bootstrap\] still installing npm packages \(1[01]s, 41 packages so far\)$/), expect.stringMatching(/^\[bootstrap\] ready \(npm-ci 1[12]s\)$/)]);
  }, 60_000);

  it("passes on the step's exit code, and prints nothing for a short step", () => {
    const r = bash('heartbeat "building" true -- sh -c "exit 3" || echo "exit $?"\n');
    expect(r.lines).toEqual(['exit 3']);
  });
});
