import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError, ToolFailedError, UsageError } from '@flightcheck/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDockerfileLint, type DockerfileLintOptions } from './run.js';

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'dl-run-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, f)), { recursive: true });
    writeFileSync(join(d, f), text);
  }
  return d;
}

/** A fake `hadolint`: records its arguments and standard input, prints `recorded`, exits with `code`. */
function fakeHadolint(d: string, recorded: string, code: number): string {
  const bin = join(d, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(d, 'recorded.json'), recorded);
  const script = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "Haskell Dockerfile Linter 2.15.1"; exit 0; fi
echo "$@" > "${join(d, 'args.txt')}"
for a in "$@"; do if [ "$a" = "-" ]; then cat > "${join(d, 'stdin.txt')}"; fi; done
cat "${join(d, 'recorded.json')}"
exit ${code}
`;
  writeFileSync(join(bin, 'hadolint'), script);
  chmodSync(join(bin, 'hadolint'), 0o755);
  return bin;
}

// HOME is the temp dir so that no configuration of this machine is read
const opts = (cwd: string, o: Partial<DockerfileLintOptions> = {}): DockerfileLintOptions => ({ paths: ['Dockerfile'], cwd, env: { HOME: cwd }, shellcheck: false, ...o });
const codes = (o: Awaited<ReturnType<typeof runDockerfileLint>>) => o.report.results.flatMap((r) => r.findings.map((f) => `${f.ruleId}:${f.status}`));

const PATH = process.env.PATH;
let noHadolint: string;
beforeEach(() => {
  // a PATH without hadolint (the machine may have one): ShellCheck and sh stay reachable
  noHadolint = dir();
  process.env.PATH = `${noHadolint}:/usr/bin:/bin`;
});
afterEach(() => {
  process.env.PATH = PATH;
});

describe('runDockerfileLint: arguments', () => {
  it('needs a path', async () => {
    await expect(runDockerfileLint(opts(dir(), { paths: [] }))).rejects.toThrow(UsageError);
    await expect(runDockerfileLint(opts(dir(), { paths: [] }))).rejects.toThrow(/Please provide a Dockerfile/);
  });
  it('rejects an unknown engine', async () => {
    const d = dir({ Dockerfile: 'FROM a:1\n' });
    await expect(runDockerfileLint(opts(d, { engine: 'docker' as 'auto' }))).rejects.toThrow('--engine must be auto, builtin or hadolint, not "docker"');
  });
  it('fails for --engine hadolint without hadolint, and falls back to builtin for auto', async () => {
    const d = dir({ Dockerfile: 'FROM a:1\n' });
    await expect(runDockerfileLint(opts(d, { engine: 'hadolint' }))).rejects.toThrow(/hadolint is not installed or not on PATH/);
    await expect(runDockerfileLint(opts(d, { engine: 'hadolint', hadolintPath: join(d, 'nope') }))).rejects.toThrow(UsageError);
    const auto = await runDockerfileLint(opts(d));
    expect(auto.engine).toBe('builtin');
    expect(auto.report.results[0]!.engine).toBe('builtin');
  });
  it('expands directories to the Dockerfiles beneath them', async () => {
    const d = dir({ 'a/Dockerfile': 'FROM a\n', 'b/api.Dockerfile': 'FROM b:1\n', 'b/README': 'x' });
    const o = await runDockerfileLint(opts(d, { paths: ['.'] }));
    expect(o.report.results.map((r) => r.target)).toEqual(['a/Dockerfile', 'b/api.Dockerfile']);
    expect(codes(o)).toEqual(['DL3006:fail']);
    expect(o.exitCode).toBe(1);
  });
});

describe('runDockerfileLint: configuration (env ← file ← cli)', () => {
  it('layers HADOLINT_* under .hadolint.yaml under the command line', async () => {
    const d = dir({ Dockerfile: 'FROM debian\nFROM debian:latest\n', '.hadolint.yaml': 'ignored: [DL3007]\nfailure-threshold: error\n' });
    const env = { HOME: d, HADOLINT_IGNORE: 'DL3006', HADOLINT_FAILURE_THRESHOLD: 'style', HADOLINT_TRUSTED_REGISTRIES: 'env.example' };
    const o = await runDockerfileLint(opts(d, { env, cli: { trustedRegistries: ['cli.example'] } }));
    expect(o.config.ignored).toEqual(['DL3006', 'DL3007']);
    expect(o.config.trustedRegistries).toEqual(['env.example', 'cli.example']);
    expect(o.config.sources).toEqual([join(d, '.hadolint.yaml')]);
    expect(codes(o)).toEqual(['DL3006:suppressed', 'DL3026:fail', 'DL3007:suppressed', 'DL3026:fail']);
    const fileWins = await runDockerfileLint(opts(d, { env }));
    expect(fileWins.config.failureThreshold).toBe('error');
    const cliWins = await runDockerfileLint(opts(d, { env, cli: { failureThreshold: 'warning' } }));
    expect(cliWins.config.failureThreshold).toBe('warning');
  });
  it('uses --config instead of the lookup, and fails when it is missing', async () => {
    const d = dir({ Dockerfile: 'FROM debian\n', '.hadolint.yaml': 'ignored: [DL3006]\n', 'other.yaml': 'override:\n  error: [DL3006]\n' });
    const o = await runDockerfileLint(opts(d, { configFile: 'other.yaml' }));
    expect(o.config.sources).toEqual([join(d, 'other.yaml')]);
    expect(o.report.results[0]!.findings.map((f) => [f.ruleId, f.status, f.severity])).toEqual([['DL3006', 'fail', 'high']]);
    await expect(runDockerfileLint(opts(d, { configFile: 'gone.yaml' }))).rejects.toThrow(ConfigError);
  });
  it('finds the configuration under XDG_CONFIG_HOME from the given env', async () => {
    const d = dir({ Dockerfile: 'FROM debian\n', 'xdg/hadolint.yaml': 'ignored: [DL3006]\n' });
    const o = await runDockerfileLint(opts(d, { env: { HOME: d, XDG_CONFIG_HOME: join(d, 'xdg') } }));
    expect(codes(o)).toEqual(['DL3006:suppressed']);
    expect(o.exitCode).toBe(0);
  });
  it('HADOLINT_NOFAIL makes the exit code 0', async () => {
    const d = dir({ Dockerfile: 'FROM debian\n' });
    expect((await runDockerfileLint(opts(d, { env: { HOME: d, HADOLINT_NOFAIL: 'true' } }))).exitCode).toBe(0);
  });
});

describe('runDockerfileLint: engine selection (fake hadolint on PATH)', () => {
  const recorded = JSON.stringify([{ code: 'DL3007', column: 1, file: 'Dockerfile', level: 'warning', line: 1, message: 'Using latest is prone to errors' }]);

  it('auto and hadolint run hadolint with our options as its flags; builtin does not', async () => {
    const d = dir({ Dockerfile: 'FROM debian:latest\n', '.hadolint.yaml': 'ignored: [DL3008]\n' });
    const bin = fakeHadolint(d, recorded, 1);
    process.env.PATH = `${bin}:/usr/bin:/bin`;
    for (const engine of ['auto', 'hadolint'] as const) {
      const o = await runDockerfileLint(opts(d, { engine, cli: { ignored: ['DL3009'], failureThreshold: 'warning' } }));
      expect(o.engine).toBe('hadolint');
      expect(o.report.results[0]).toMatchObject({ engine: 'hadolint', engineVersion: '2.15.1', target: 'Dockerfile' });
      expect(codes(o)).toEqual(['DL3007:fail']);
      expect(o.exitCode).toBe(1);
      expect(readFileSync(join(d, 'args.txt'), 'utf8').trim()).toBe(`--no-color -f json --config ${join(d, '.hadolint.yaml')} --ignore DL3009 --failure-threshold warning -- Dockerfile`);
    }
    const b = await runDockerfileLint(opts(d, { engine: 'builtin', cli: { failureThreshold: 'warning' } }));
    expect(b.engine).toBe('builtin');
    expect(b.report.results[0]!.engine).toBe('builtin');
  });
  it('takes the exit code from the merged configuration (env threshold)', async () => {
    const d = dir({ Dockerfile: 'FROM debian:latest\n' });
    process.env.PATH = `${fakeHadolint(d, recorded, 1)}:/usr/bin:/bin`;
    expect((await runDockerfileLint(opts(d, { env: { HOME: d, HADOLINT_FAILURE_THRESHOLD: 'error' } }))).exitCode).toBe(0);
  });
  it('uses hadolintPath without PATH, and passes standard input for -', async () => {
    const d = dir({});
    const bin = fakeHadolint(d, JSON.stringify([{ code: 'DL3006', column: 1, file: '-', level: 'warning', line: 1, message: 'Always tag the version of an image explicitly' }]), 1);
    const o = await runDockerfileLint(opts(d, { paths: ['-'], engine: 'hadolint', hadolintPath: join(bin, 'hadolint'), readStdin: async () => 'FROM debian\n' }));
    expect(o.engine).toBe('hadolint');
    expect(readFileSync(join(d, 'stdin.txt'), 'utf8')).toBe('FROM debian\n');
    expect(o.report.results.map((r) => [r.target, r.findings.map((f) => f.ruleId)])).toEqual([['-', ['DL3006']]]);
  });
  it('fails closed when hadolint prints something else than its JSON', async () => {
    const d = dir({ Dockerfile: 'FROM a:1\n' });
    process.env.PATH = `${fakeHadolint(d, 'Segmentation fault', 1)}:/usr/bin:/bin`;
    await expect(runDockerfileLint(opts(d))).rejects.toThrow(ToolFailedError);
    expect(existsSync(join(d, 'args.txt'))).toBe(true);
  });
});

describe('directory discovery notice', () => {
  it('says how many Dockerfiles a directory walk took, first among the notices', async () => {
    const d = dir({ 'svc/Dockerfile': 'FROM a:1\n', 'svc/worker.dockerfile': 'FROM a:1\n', 'Dockerfile-ci': 'FROM a:1\n', 'svc/Dockerfile.dockerignore': '*\n' });
    const out = await runDockerfileLint(opts(d, { paths: ['.'], engine: 'builtin' }));
    expect(out.report.results.map((r) => r.target)).toEqual(['Dockerfile-ci', 'svc/Dockerfile', 'svc/worker.dockerfile']);
    expect(out.report.results[0]!.notices?.[0]?.message).toMatch(/^took 3 Dockerfiles from directory \. \(names Dockerfile, /);
  });
  it('gives no such notice when only files were named', async () => {
    const d = dir({ Dockerfile: 'FROM a:1\n' });
    const out = await runDockerfileLint(opts(d, { engine: 'builtin' }));
    expect(out.report.results.flatMap((r) => r.notices ?? []).some((n) => n.message.startsWith('took '))).toBe(false);
  });
});
