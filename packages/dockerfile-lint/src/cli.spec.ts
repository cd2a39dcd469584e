import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigError, UsageError, type CheckOutcome, type CommandIO, type Finding } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import yargs, { type Argv } from 'yargs';
import plugin, { dockerfileLintCommand, FORMATS } from './cli.js';

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'dl-cli-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, f)), { recursive: true });
    writeFileSync(join(d, f), text);
  }
  return d;
}

// HOME is the temp dir, so that no hadolint configuration of the machine is picked up
function io(cwd: string, env: Record<string, string | undefined> = {}, stdin = ''): CommandIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { cwd, env: { HOME: cwd, ...env }, isTTY: false, out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => stdin };
}

type Args = Parameters<typeof dockerfileLintCommand.run>[0];
const run = async (args: Args, streams: CommandIO) => (await dockerfileLintCommand.run({ engine: 'builtin', shellcheck: false, ...args }, streams)) as CheckOutcome;
const codes = (o: CheckOutcome) => o.report.results.flatMap((r) => r.findings).map((f) => `${f.ruleId}:${(f.properties as { level: string }).level}:${f.status}`);

/** Parses a command line with the command's builder, as the flightcheck CLI does (it adds the common options). */
async function parse(argv: string[]): Promise<{ args?: Record<string, unknown>; output: string; error?: Error }> {
  let args: Record<string, unknown> | undefined;
  let output = '';
  let error: Error | undefined;
  const parser = yargs()
    .scriptName('flightcheck')
    .strict()
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new Error(msg);
    })
    .command({
      command: dockerfileLintCommand.command,
      describe: dockerfileLintCommand.describe,
      builder: (y: Argv) => dockerfileLintCommand.builder!(y).option('fail-on', { type: 'string' }).option('format', { alias: 'f', type: 'string' }),
      handler: (a: Record<string, unknown>) => {
        args = a;
      },
    });
  try {
    await parser.parseAsync(argv, {}, (_e, _a, o) => {
      output = o;
    });
  } catch (e) {
    error = e as Error;
  }
  return { ...(args ? { args } : {}), output, ...(error ? { error } : {}) };
}

describe('dockerfile-lint plugin', () => {
  it('declares one command with the hadolint formats', () => {
    expect(plugin.name).toBe('dockerfile-lint');
    expect(plugin.commands).toEqual([dockerfileLintCommand]);
    expect(dockerfileLintCommand.command).toBe('dockerfile-lint [paths..]');
    expect(dockerfileLintCommand.formats).toEqual(FORMATS);
    expect(FORMATS).toContain('hadolint-json');
  });
});

describe('dockerfile-lint builder', () => {
  it('parses the hadolint-style options, their aliases and repeatable lists', async () => {
    const { args, error } = await parse(['dockerfile-lint', '-j', '2', '-t', 'style', '--no-fail', '--no-shellcheck', '--ignore', 'DL3006', '--ignore', 'DL3007', '--error', 'DL3008', '-c', 'h.yaml', '--strict-labels', 'a', 'b/Dockerfile']);
    expect(error).toBeUndefined();
    expect(args).toMatchObject({ paths: ['a', 'b/Dockerfile'], jobs: 2, failureThreshold: 'style', fail: false, shellcheck: false, ignore: ['DL3006', 'DL3007'], error: 'DL3008', config: 'h.yaml', strictLabels: true, engine: 'auto' });
  });
  it('defaults: engine auto, ShellCheck on, fail on', async () => {
    const { args } = await parse(['dockerfile-lint', 'Dockerfile']);
    expect(args).toMatchObject({ engine: 'auto', shellcheck: true, fail: true });
    expect(args!.jobs).toBeUndefined();
  });
  it('rejects an engine or threshold outside the choices', async () => {
    expect((await parse(['dockerfile-lint', '--engine', 'docker', 'x'])).error?.message).toMatch(/engine.*docker/s);
    expect((await parse(['dockerfile-lint', '-t', 'fatal', 'x'])).error?.message).toMatch(/failure-threshold.*fatal/s);
  });
  it('--help lists the options', async () => {
    const { output } = await parse(['dockerfile-lint', '--help']);
    for (const o of ['--engine', '--shellcheck', '--failure-threshold', '--no-fail', '--trusted-registry', '--require-label', '--disable-ignore-pragma', '--jobs']) expect(output).toContain(o);
    expect(output).toContain("hadolint's rules");
  });
});

describe('dockerfile-lint run', () => {
  it('rejects --jobs that is not a whole number from 1 to 64', async () => {
    const d = dir({ Dockerfile: 'FROM debian:12\n' });
    for (const jobs of [0, 65, 1.5, -1, 'x' as unknown as number]) {
      await expect(run({ paths: ['Dockerfile'], jobs }, io(d))).rejects.toThrow(UsageError);
    }
    await expect(run({ paths: ['Dockerfile'], jobs: 0 }, io(d))).rejects.toThrow('--jobs must be a whole number from 1 to 64, not "0"');
    for (const jobs of [1, 64]) expect((await run({ paths: ['Dockerfile'], jobs }, io(d))).report.results).toHaveLength(1);
  });
  it('exits by the failure threshold, --no-fail, and leaves the exit code to --fail-on when it is given', async () => {
    const d = dir({ Dockerfile: 'FROM debian\n', 'l/Dockerfile': 'FROM debian:12\nLABEL Bad=1\n' });
    expect((await run({ paths: ['Dockerfile'] }, io(d))).exitCode).toBe(1);
    expect((await run({ paths: ['Dockerfile'], fail: false }, io(d))).exitCode).toBe(0);
    expect((await run({ paths: ['Dockerfile'], failureThreshold: 'error' }, io(d))).exitCode).toBe(0);
    expect((await run({ paths: ['l/Dockerfile'] }, io(d))).exitCode).toBe(0);
    expect((await run({ paths: ['l/Dockerfile'], failureThreshold: 'style' }, io(d))).exitCode).toBe(1);
    const explicit = await run({ paths: ['Dockerfile'], failOn: 'high' }, io(d));
    expect('exitCode' in explicit).toBe(false);
    expect(codes(explicit)).toEqual(['DL3006:warning:fail']);
    await expect(run({ paths: ['Dockerfile'], failureThreshold: 'fatal' }, io(d))).rejects.toThrow(ConfigError);
  });
  it('maps --error/--warning/--info/--style into the configuration (single values and lists)', async () => {
    const d = dir({ Dockerfile: 'FROM debian\nRUN cd /x\n' });
    const o = await run({ paths: ['Dockerfile'], error: 'DL3006' as unknown as string[], style: ['DL3003'] }, io(d));
    expect(codes(o)).toEqual(['DL3006:error:fail', 'DL3003:style:fail']);
    expect(o.report.results[0]!.findings.map((f: Finding) => f.severity)).toEqual(['high', 'info']);
    const quiet = await run({ paths: ['Dockerfile'], style: ['DL3006', 'DL3003'] }, io(d));
    expect(quiet.exitCode).toBe(0);
  });
  it('maps --ignore, --trusted-registry, --require-label, --strict-labels, --disable-ignore-pragma', async () => {
    const d = dir({ Dockerfile: 'FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /x\nLABEL other=1\n' });
    expect(codes(await run({ paths: ['Dockerfile'] }, io(d)))).toEqual(['DL3003:warning:suppressed']);
    expect(codes(await run({ paths: ['Dockerfile'], disableIgnorePragma: true }, io(d)))).toEqual(['DL3003:warning:fail']);
    expect(codes(await run({ paths: ['Dockerfile'], disableIgnorePragma: true, ignore: ['DL3003'] }, io(d)))).toEqual(['DL3003:warning:suppressed']);
    expect(codes(await run({ paths: ['Dockerfile'], trustedRegistry: ['my.registry'] }, io(d)))).toEqual(['DL3026:error:fail', 'DL3003:warning:suppressed']);
    const labels = codes(await run({ paths: ['Dockerfile'], requireLabel: ['team:text'], strictLabels: true }, io(d)));
    expect(labels).toContain('DL3049:info:fail');
    expect(labels).toContain('DL3050:info:fail');
    await expect(run({ paths: ['Dockerfile'], requireLabel: ['team:colour'] }, io(d))).rejects.toThrow(ConfigError);
  });
  it('reads HADOLINT_* from the io environment and layers the command line over it', async () => {
    const d = dir({ Dockerfile: 'FROM debian\n' });
    expect((await run({ paths: ['Dockerfile'] }, io(d, { HADOLINT_FAILURE_THRESHOLD: 'error' }))).exitCode).toBe(0);
    expect((await run({ paths: ['Dockerfile'], failureThreshold: 'warning' }, io(d, { HADOLINT_FAILURE_THRESHOLD: 'error' }))).exitCode).toBe(1);
    expect(codes(await run({ paths: ['Dockerfile'] }, io(d, { HADOLINT_IGNORE: 'DL3006' })))).toEqual(['DL3006:warning:suppressed']);
  });
  it('skips the waiver file only for hadolint-json', async () => {
    const d = dir({ Dockerfile: 'FROM debian:12\n' });
    expect((await run({ paths: ['Dockerfile'], format: 'hadolint-json' }, io(d))).noWaivers).toBe(true);
    expect('noWaivers' in (await run({ paths: ['Dockerfile'], format: 'json' }, io(d)))).toBe(false);
    expect(Object.keys((await run({ paths: ['Dockerfile'] }, io(d))).formats!).sort()).toEqual([...FORMATS].sort());
  });
  it('prints each notice once to stderr, and nothing to stdout', async () => {
    const d = dir({ 'a/Dockerfile': 'FROM debian:12\n', 'b/Dockerfile': 'FROM debian:12\n', 'e/Dockerfile': '\n' });
    const streams = io(d);
    const o = await run({ paths: ['a/Dockerfile', 'b/Dockerfile', 'e/Dockerfile'] }, streams);
    expect(o.report.results.map((r) => r.notices?.length)).toEqual([1, 1, 2]);
    expect(streams.err).toEqual([
      'flightcheck: dockerfile-lint: ShellCheck (SCxxxx rules) was switched off (--no-shellcheck): RUN scripts were not checked by it\n',
      'flightcheck: dockerfile-lint: e/Dockerfile is empty: there was nothing to lint\n',
    ]);
    expect(streams.out).toEqual([]);
  });
  it('lints standard input for -', async () => {
    const d = dir();
    const o = await run({ paths: ['-'] }, io(d, {}, 'FROM debian:latest\n'));
    expect(o.report.results.map((r) => r.target)).toEqual(['-']);
    expect(codes(o)).toEqual(['DL3007:warning:fail']);
  });
  it('needs a path', async () => {
    await expect(run({}, io(dir()))).rejects.toThrow(UsageError);
  });
});
