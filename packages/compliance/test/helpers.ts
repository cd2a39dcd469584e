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
