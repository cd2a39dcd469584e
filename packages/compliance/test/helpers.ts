import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const workspace = join(here, '..', '..', '..');
const cliBin = join(workspace, 'packages', 'cli', 'bin', 'flightcheck.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (build first: npx tsc -b tsconfig.build.json). */
export function cli(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [cliBin, ...args], {
    input: opts.input ?? '',
    env: { ...process.env, ...opts.env },
    cwd: opts.cwd ?? workspace,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => !l.includes('could not be loaded')).join('\n') };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'fc-compliance-'));
}

export function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A fake `kube-score` on a PATH of its own: prints a recorded JSON v2 output and exits with `code`. */
export function fakeKubeScore(recorded: string, code = 1, stderr = ''): { dir: string; PATH: string; argsFile: string } {
  const dir = tempDir();
  const argsFile = join(dir, 'args.txt');
  const script = `#!/bin/sh
if [ "$1" = "version" ]; then echo "kube-score version: 1.20.0, commit: 06dedc9, built: 2026-05-20"; exit 0; fi
printf '%s\\n' "$@" > '${argsFile}'
cat > /dev/null
cat '${recorded}'
${stderr ? `echo '${stderr}' >&2` : ''}
exit ${code}
`;
  write(dir, 'kube-score', script);
  chmodSync(join(dir, 'kube-score'), 0o755);
  return { dir, PATH: `${dir}:${process.env.PATH}`, argsFile };
}

/**
 * A fake `kube-score` that scores each file it is given as one Deployment with a critical container-image-tag
 * finding, hangs when a file holds `HANG`, and fails (no JSON, exit 1) when a file holds `BROKEN`: kube-score
 * itself is not packaged for Debian, so its failures on one file are played by this script (runs go to `runsFile`).
 */
export function fakeKubeScorePerFile(): { dir: string; PATH: string; runsFile: string } {
  const dir = tempDir();
  const runsFile = join(dir, 'runs.txt');
  const script = `#!/bin/sh
if [ "$1" = "version" ]; then echo "kube-score version: 1.20.0, commit: 06dedc9, built: 2026-05-20"; exit 0; fi
files=""
for a in "$@"; do case "$a" in *.yaml) files="$files $a";; esac; done
echo "$files" >> '${runsFile}'
for f in $files; do
  if grep -q HANG "$f"; then sleep 600; fi
  if grep -q BROKEN "$f"; then echo "Failed to parse $f: yaml: line 1: did not find expected key" >&2; exit 1; fi
done
sep=""
printf '['
for f in $files; do
  n=$(basename "$f" .yaml)
  printf '%s{"object_name":"Deployment/apps/v1/default/%s","type_meta":{"kind":"Deployment","apiVersion":"apps/v1"},"object_meta":{"name":"%s","namespace":"default"},"checks":[{"check":{"name":"Container Image Tag","id":"container-image-tag","target_type":"Pod","comment":"","optional":false},"grade":1,"skipped":false,"comments":[{"path":"c","summary":"Image with latest tag","description":"","documentation_url":""}]}],"file_name":"%s","file_row":1}' "$sep" "$n" "$n" "$f"
  sep=","
done
printf ']\\n'
exit 1
`;
  write(dir, 'kube-score', script);
  chmodSync(join(dir, 'kube-score'), 0o755);
  return { dir, PATH: `${dir}:${process.env.PATH}`, runsFile };
}
