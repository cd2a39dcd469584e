import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError, type Result } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { lintFilesBuiltin, MAX_DOCKERFILE_BYTES, readDockerfile, ruleConfig } from './engine.js';
import { DEFAULT_RULE_CONFIG } from './rules/rule.js';

function dir(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(tmpdir(), 'dl-engine-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, f)), { recursive: true });
    writeFileSync(join(d, f), text);
  }
  return d;
}

const ids = (r: Result) => r.findings.map((f) => `${f.location?.line}:${f.ruleId}:${f.status}`);

describe('ruleConfig', () => {
  it('fills the rules\' defaults and passes given values through', () => {
    expect(ruleConfig({})).toEqual(DEFAULT_RULE_CONFIG);
    expect(ruleConfig({ ignored: ['DL3006'], failureThreshold: 'error' })).toEqual({ trustedRegistries: [], labelSchema: {}, strictLabels: false });
    expect(ruleConfig({ trustedRegistries: ['r.example'], labelSchema: { team: 'text' }, strictLabels: true })).toEqual({ trustedRegistries: ['r.example'], labelSchema: { team: 'text' }, strictLabels: true });
  });
});

describe('lintFilesBuiltin', () => {
  const files = {
    'a/Dockerfile': 'FROM debian:latest\n',
    'b/Dockerfile': 'FROM debian:12\nUSER 1000\n# hadolint ignore=DL3003\nRUN cd /tmp && echo $1\n',
    'c/Dockerfile': '',
  };

  it('gives one result per file, in order, with ShellCheck findings merged into the right file', async () => {
    const d = dir(files);
    const o = await lintFilesBuiltin(['b/Dockerfile', 'a/Dockerfile', 'c/Dockerfile'], { config: {}, cwd: d });
    expect(o.report.results.map((r) => [r.target, r.engine, r.check])).toEqual([
      ['b/Dockerfile', 'builtin', 'dockerfile-lint'],
      ['a/Dockerfile', 'builtin', 'dockerfile-lint'],
      ['c/Dockerfile', 'builtin', 'dockerfile-lint'],
    ]);
    const [b, a, c] = o.report.results as [Result, Result, Result];
    expect(ids(b)).toEqual(['4:DL3003:suppressed', '4:SC2086:fail']);
    expect(b.findings[1]!.location).toMatchObject({ file: 'b/Dockerfile', line: 4 });
    expect(ids(a)).toEqual(['1:DL3007:fail']);
    expect(ids(c)).toEqual([]);
    for (const r of o.report.results) expect(r.engineVersion).toMatch(/^shellcheck \d+\.\d+/);
    expect(a.notices).toBeUndefined();
    expect(c.notices).toEqual([{ level: 'warning', message: 'c/Dockerfile is empty: there was nothing to lint', location: { file: 'c/Dockerfile' } }]);
    expect(o.timings.shellcheckProcesses).toBeGreaterThanOrEqual(1);
    expect(o.exitCode).toBe(1);
  });

  it('gives a file named twice its ShellCheck findings once in each of its results (as hadolint does)', async () => {
    const d = dir(files);
    const o = await lintFilesBuiltin(['b/Dockerfile', 'a/Dockerfile', 'b/Dockerfile'], { config: {}, cwd: d });
    expect(o.report.results.map((r) => [r.target, ids(r)])).toEqual([
      ['b/Dockerfile', ['4:DL3003:suppressed', '4:SC2086:fail']],
      ['a/Dockerfile', ['1:DL3007:fail']],
      ['b/Dockerfile', ['4:DL3003:suppressed', '4:SC2086:fail']],
    ]);
  });

  it('says on every result that ShellCheck was switched off', async () => {
    const d = dir(files);
    const o = await lintFilesBuiltin(['b/Dockerfile', 'c/Dockerfile'], { config: {}, cwd: d, shellcheck: false });
    const off = { level: 'info', message: 'ShellCheck (SCxxxx rules) was switched off (--no-shellcheck): RUN scripts were not checked by it' };
    expect(o.report.results[0]!.notices).toEqual([off]);
    expect(o.report.results[1]!.notices).toEqual([off, expect.objectContaining({ level: 'warning', message: 'c/Dockerfile is empty: there was nothing to lint' })]);
    expect(ids(o.report.results[0]!)).toEqual(['4:DL3003:suppressed']);
    expect(o.report.results[0]!.engineVersion).toBeUndefined();
    expect(o.timings.shellcheckProcesses).toBe(0);
    expect(o.exitCode).toBe(0);
  });

  it('warns when ShellCheck cannot be found', async () => {
    const d = dir({ ...files, 'not-exec': '#!/bin/sh\n' });
    chmodSync(join(d, 'not-exec'), 0o644);
    const o = await lintFilesBuiltin(['b/Dockerfile'], { config: {}, cwd: d, shellcheckPath: join(d, 'not-exec') });
    expect(o.report.results[0]!.notices).toEqual([{ level: 'warning', message: 'ShellCheck is not installed: the SCxxxx rules did not run (apt-get install shellcheck)' }]);
    expect(ids(o.report.results[0]!)).toEqual(['4:DL3003:suppressed']);
  });

  it('takes its exit code from hadolint\'s rules (threshold, no-fail, parse errors)', async () => {
    const d = dir({ ...files, 'p/Dockerfile': 'FROM a\nRUN <<EOF\necho\n' });
    const base = { cwd: d, shellcheck: false };
    expect((await lintFilesBuiltin(['a/Dockerfile'], { ...base, config: {} })).exitCode).toBe(1);
    expect((await lintFilesBuiltin(['a/Dockerfile'], { ...base, config: { failureThreshold: 'error' } })).exitCode).toBe(0);
    expect((await lintFilesBuiltin(['a/Dockerfile'], { ...base, config: { noFail: true } })).exitCode).toBe(0);
    expect((await lintFilesBuiltin(['a/Dockerfile'], { ...base, config: { ignored: ['DL3007'] } })).exitCode).toBe(0);
    expect((await lintFilesBuiltin(['a/Dockerfile'], { ...base, config: { override: { error: ['DL3007'] } } })).report.results[0]!.findings[0]!.severity).toBe('high');
    const parse = await lintFilesBuiltin(['p/Dockerfile'], { ...base, config: { failureThreshold: 'error' } });
    expect(parse.report.results[0]!.findings.map((f) => f.ruleId)).toEqual(['DL1000']);
    expect(parse.exitCode).toBe(1);
  });

  it('passes the rule configuration to the rules', async () => {
    const d = dir(files);
    const o = await lintFilesBuiltin(['a/Dockerfile'], { cwd: d, shellcheck: false, config: { trustedRegistries: ['r.example'] } });
    expect(ids(o.report.results[0]!)).toEqual(['1:DL3007:fail', '1:DL3026:fail']);
  });

  it('reads - from readStdin, with ShellCheck on the script', async () => {
    const d = dir({});
    let reads = 0;
    const readStdin = async () => {
      reads++;
      return 'FROM debian:12\nRUN echo $1\n';
    };
    const o = await lintFilesBuiltin(['-'], { config: {}, cwd: d, readStdin });
    expect(reads).toBe(1);
    expect(o.report.results.map((r) => r.target)).toEqual(['-']);
    expect(ids(o.report.results[0]!)).toEqual(['2:SC2086:fail']);
  });

  it('fails closed on an unreadable file rather than skipping it: an error result on it, the other files linted', async () => {
    const d = dir({ 'a/Dockerfile': 'FROM debian:latest\n', 'bin/Dockerfile': Buffer.from([0, 0xff, 1]) });
    const out = await lintFilesBuiltin(['a/Dockerfile', 'bin/Dockerfile'], { config: { noFail: true }, cwd: d, shellcheck: false });
    expect(out.report.results.map((r) => [r.target, r.error, r.findings.map((f) => f.ruleId)])).toEqual([
      ['a/Dockerfile', undefined, ['DL3007']],
      ['bin/Dockerfile', 'bin/Dockerfile: is a binary file (contains NUL bytes) (not linted)', []],
    ]);
    // even with --no-fail: a file that was not linted fails the run
    expect(out.exitCode).toBe(1);
    // nothing could be read: the input error (exit 2)
    await expect(lintFilesBuiltin(['bin/Dockerfile'], { config: {}, cwd: d, shellcheck: false })).rejects.toThrow(InputError);
    await expect(lintFilesBuiltin(['missing/Dockerfile'], { config: {}, cwd: d, shellcheck: false })).rejects.toThrow(/missing\/Dockerfile/);
  });
});

describe('readDockerfile (re-exported)', () => {
  it('refuses a file over the size bound', () => {
    const d = dir({ big: Buffer.alloc(MAX_DOCKERFILE_BYTES + 1, 0x41) });
    expect(() => readDockerfile('big', d)).toThrow(InputError);
  });
});

describe('Windows images and ShellCheck', () => {
  it('does not give cmd or PowerShell RUNs to ShellCheck, and a notice on that file says why', async () => {
    const d = dir({
      'win/Dockerfile': '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo %PATH% && dir "C:\\Program Files"\n',
      'ps/Dockerfile': 'FROM mcr.microsoft.com/powershell:lts\nSHELL ["pwsh", "-Command"]\nRUN $x = Get-ChildItem; echo $x\n',
      'linux/Dockerfile': 'FROM debian:12\nRUN echo $1\n',
    });
    const o = await lintFilesBuiltin(['win/Dockerfile', 'ps/Dockerfile', 'linux/Dockerfile'], { config: {}, cwd: d });
    const [win, ps, linux] = o.report.results as [Result, Result, Result];
    expect(win.findings.filter((f) => f.ruleId.startsWith('SC'))).toEqual([]);
    expect(ps.findings.filter((f) => f.ruleId.startsWith('SC'))).toEqual([]);
    expect(linux.findings.some((f) => f.ruleId.startsWith('SC'))).toBe(true);
    expect(win.notices?.map((n) => n.message)).toEqual([expect.stringMatching(/^win\/Dockerfile: the RUN at line 3 was not handed to ShellCheck: its shell is cmd \(Docker's default shell on Windows/)]);
    expect(ps.notices?.map((n) => n.message)).toEqual([expect.stringMatching(/^ps\/Dockerfile: the RUN at line 3 was not handed to ShellCheck: its shell is pwsh, not a POSIX shell/)]);
    expect(linux.notices).toBeUndefined();
  });
});
