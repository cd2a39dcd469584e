import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const cliPath = join(repo, 'packages/cli/bin/flightcheck.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (`npx tsc -b tsconfig.build.json` first). */
export function flightcheck(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? repo,
    env: { ...process.env, HADOLINT_NOFAIL: '', NO_COLOR: '1', ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    maxBuffer: 64 << 20,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'dl-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function write(dir: string, file: string, content: string | Buffer): string {
  const p = join(dir, file);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/** A fake `hadolint` executable that prints a recorded output and exits with the given code. */
export function fakeHadolint(dir: string, recorded: string, exitCode: number): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  write(dir, 'recorded.json', recorded);
  const script = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "Haskell Dockerfile Linter 2.15.1"; exit 0; fi
echo "$@" > "${join(dir, 'args.txt')}"
cat "${join(dir, 'recorded.json')}"
exit ${exitCode}
`;
  const p = write(bin, 'hadolint', script);
  chmodSync(p, 0o755);
  return bin;
}

/**
 * A fake `hadolint` that gives each Dockerfile it is given one DL3007 finding, hangs on a file that holds `HANG` and
 * dies (exit 134, no JSON) on one that holds `CRASH`: hadolint is not packaged for Debian, so its failures on one
 * file are played by this script. Each run's files are appended to `<dir>/runs.txt`.
 */
export function fakeHadolintPerFile(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const script = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "Haskell Dockerfile Linter 2.15.1"; exit 0; fi
while [ "$1" != "--" ]; do shift; done; shift
echo "$@" >> "${join(dir, 'runs.txt')}"
for f in "$@"; do
  if grep -q HANG "$f"; then sleep 600; fi
  if grep -q CRASH "$f"; then echo "hadolint: internal error" >&2; exit 134; fi
done
sep=""; printf '['
for f in "$@"; do printf '%s{"code":"DL3007","column":1,"file":"%s","level":"warning","line":1,"message":"Using latest"}' "$sep" "$f"; sep=","; done
printf ']\\n'; exit 1
`;
  const p = write(bin, 'hadolint', script);
  chmodSync(p, 0o755);
  return bin;
}
