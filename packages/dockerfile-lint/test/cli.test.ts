import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeHadolint, fakeHadolintPerFile, flightcheck, tempDir, write } from './helpers.js';

const BASE = ['dockerfile-lint', '--engine', 'builtin'];

describe('flightcheck dockerfile-lint (built CLI, real ShellCheck)', () => {
  it('lints many files and directories in one call, hadolint-json for all of them', () => {
    const d = tempDir();
    write(d, 'a/Dockerfile', 'FROM debian:latest\nRUN echo $1\n');
    write(d, 'b/api.Dockerfile', 'FROM debian:12\nUSER 1000\n');
    write(d, 'c/Dockerfile.dev', 'FROM debian\n');
    const r = flightcheck([...BASE, '-f', 'hadolint-json', '.'], { cwd: d });
    const out = JSON.parse(r.stdout) as { code: string; file: string; line: number }[];
    expect(out.map((x) => `${x.file}:${x.line}:${x.code}`)).toEqual(['a/Dockerfile:1:DL3007', 'a/Dockerfile:2:SC2086', 'c/Dockerfile.dev:1:DL3006']);
    expect(r.code).toBe(1);
  });
  it('exits by hadolint\'s failure-threshold unless --fail-on is given', () => {
    const d = tempDir();
    const f = write(d, 'Dockerfile', 'FROM debian:12\nLABEL Bad=1\n');
    expect(flightcheck([...BASE, f]).code).toBe(0);
    expect(flightcheck([...BASE, '--failure-threshold', 'style', f]).code).toBe(1);
    expect(flightcheck([...BASE, '--fail-on', 'info', f]).code).toBe(1);
    const g = write(d, 'x/Dockerfile', 'FROM debian\n');
    expect(flightcheck([...BASE, g]).code).toBe(1);
    expect(flightcheck([...BASE, '--no-fail', g]).code).toBe(0);
    expect(flightcheck([...BASE, '--ignore', 'DL3006', g]).code).toBe(0);
    expect(flightcheck([...BASE, g], { env: { HADOLINT_FAILURE_THRESHOLD: 'error' } }).code).toBe(0);
  });
  it('reads .hadolint.yaml from the current directory and --config, and keeps suppressed findings in json', () => {
    const d = tempDir();
    write(d, '.hadolint.yaml', 'ignored: [DL3006]\ntrustedRegistries: [my.registry]\n');
    write(d, 'Dockerfile', 'FROM debian\n# hadolint ignore=DL3003\nRUN cd /x\n');
    const r = flightcheck([...BASE, '--no-shellcheck', '-f', 'json', 'Dockerfile'], { cwd: d });
    const findings = JSON.parse(r.stdout).results[0].findings;
    expect(findings.map((f: { ruleId: string; status: string; suppression?: { source: string } }) => [f.ruleId, f.status, f.suppression?.source])).toEqual([
      ['DL3006', 'suppressed', join(d, '.hadolint.yaml')], ['DL3026', 'fail', undefined], ['DL3003', 'suppressed', 'inline pragma'],
    ]);
    expect(JSON.parse(flightcheck([...BASE, '--no-shellcheck', '-f', 'hadolint-json', 'Dockerfile'], { cwd: d }).stdout).map((x: { code: string }) => x.code)).toEqual(['DL3026']);
    write(d, 'other.yaml', 'override:\n  style: [DL3026]\n');
    expect(JSON.parse(flightcheck([...BASE, '--no-shellcheck', '-f', 'hadolint-json', '--config', 'other.yaml', 'Dockerfile'], { cwd: d }).stdout).map((x: { code: string }) => x.code)).toEqual(['DL3006']);
  });
  it('says when ShellCheck did not run', () => {
    const d = tempDir();
    const f = write(d, 'Dockerfile', 'FROM debian:12\nRUN echo $1\n');
    const r = flightcheck([...BASE, '--no-shellcheck', '-f', 'hadolint-json', f]);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/ShellCheck.*switched off/);
    const noSc = flightcheck([...BASE, '-f', 'json', f], { env: { PATH: '/nonexistent' } });
    expect(JSON.parse(noSc.stdout).results[0].notices[0].message).toMatch(/ShellCheck is not installed: the SCxxxx rules did not run/);
  });
  it('renders checkstyle, gitlab-codeclimate, sarif', () => {
    const d = tempDir();
    const f = write(d, 'Dockerfile', 'FROM debian\n');
    expect(flightcheck([...BASE, '-f', 'checkstyle', f]).stdout).toContain("source='DL3006'");
    expect(JSON.parse(flightcheck([...BASE, '-f', 'gitlab-codeclimate', f]).stdout)[0].check_name).toBe('DL3006');
    expect(JSON.parse(flightcheck([...BASE, '-f', 'sarif', f]).stdout).version).toBe('2.1.0');
    expect(JSON.parse(flightcheck([...BASE, '-f', 'hadolint-sarif', f]).stdout).runs[0].tool.driver.name).toBe('Hadolint');
  });
});

describe('hadolint adapter end to end (fake hadolint first on PATH)', () => {
  it('runs hadolint -f json with --engine hadolint and auto, and maps its output', () => {
    const d = tempDir();
    const df = write(d, 'Dockerfile', 'FROM debian:latest\n');
    const recorded = JSON.stringify([{ code: 'DL3007', column: 1, file: 'Dockerfile', level: 'warning', line: 1, message: 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag' }]);
    const bin = fakeHadolint(d, recorded, 1);
    const env = { PATH: `${bin}:${process.env.PATH}` };
    for (const engine of ['hadolint', 'auto']) {
      const r = flightcheck(['dockerfile-lint', '--engine', engine, '-f', 'json', '--ignore', 'DL3008', 'Dockerfile'], { cwd: d, env });
      const res = JSON.parse(r.stdout).results[0];
      expect(res.engine).toBe('hadolint');
      expect(res.engineVersion).toBe('2.15.1');
      expect(res.findings[0]).toMatchObject({ ruleId: 'DL3007', severity: 'medium', location: { file: 'Dockerfile', line: 1 } });
      expect(r.code).toBe(1);
    }
    expect(readFileSync(join(d, 'args.txt'), 'utf8')).toContain('-f json --ignore DL3008 -- Dockerfile');
    void df;
  });
  it('maps the parse-error form (DL1000)', () => {
    const d = tempDir();
    write(d, 'Dockerfile', 'FROM a\nFOO\n');
    const bin = fakeHadolint(d, JSON.stringify([{ code: 'DL1000', column: 1, file: 'Dockerfile', level: 'error', line: 2, message: "unexpected 'F'" }]), 1);
    const r = flightcheck(['dockerfile-lint', '--engine', 'hadolint', '-f', 'hadolint-json', 'Dockerfile'], { cwd: d, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(JSON.parse(r.stdout)).toEqual([{ code: 'DL1000', column: 1, file: 'Dockerfile', level: 'error', line: 2, message: "unexpected 'F'" }]);
    expect(r.code).toBe(1);
  });
  it('fails with exit 2 when hadolint prints garbage, or is asked for and missing', () => {
    const d = tempDir();
    write(d, 'Dockerfile', 'FROM a:1\n');
    const bin = fakeHadolint(d, 'segfault', 3);
    const r = flightcheck(['dockerfile-lint', '--engine', 'hadolint', 'Dockerfile'], { cwd: d, env: { PATH: `${bin}:${process.env.PATH}` } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hadolint failed/);
    const m = flightcheck(['dockerfile-lint', '--engine', 'hadolint', 'Dockerfile'], { cwd: d, env: { PATH: '/usr/bin:/bin' } });
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/hadolint is not installed/);
  });
});

describe('one Dockerfile of many that cannot be linted: that file fails closed, alone', () => {
  it('hadolint hanging past its wall timeout on one file, dying on another: an error result on each, every other file linted', () => {
    const d = tempDir();
    const names = ['a', 'hang', 'b', 'crash', 'c'].map((n) => `${n}.Dockerfile`);
    for (const n of names) write(d, n, `FROM debian:latest\n# ${n.includes('hang') ? 'HANG' : n.includes('crash') ? 'CRASH' : ''}\n`);
    const bin = fakeHadolintPerFile(d);
    const r = flightcheck(['dockerfile-lint', '--engine', 'hadolint', '-f', 'json', ...names], { cwd: d, env: { PATH: `${bin}:${process.env.PATH}`, FLIGHTCHECK_HADOLINT_TIMEOUT_SECONDS: '2' }, timeoutMs: 120_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const results = JSON.parse(r.stdout).results as { target: string; error?: string; findings: { ruleId: string }[] }[];
    expect(results.map((x) => x.target)).toEqual(names);
    expect(results.map((x) => x.error ?? x.findings.map((f) => f.ruleId).join())).toEqual([
      'DL3007',
      expect.stringMatching(/^hang\.Dockerfile: not linted by hadolint: hadolint did not finish within 2 s and was stopped$/),
      'DL3007',
      expect.stringMatching(/^crash\.Dockerfile: not linted by hadolint: hadolint failed \(exit 134\): hadolint: internal error$/),
      'DL3007',
    ]);
    // the last run holds the three good files together
    expect(readFileSync(join(d, 'runs.txt'), 'utf8').trim().split('\n').at(-1)).toBe('a.Dockerfile b.Dockerfile c.Dockerfile');
    // hadolint's own formats show findings only: the two files are told on stderr
    const h = flightcheck(['dockerfile-lint', '--engine', 'hadolint', '-f', 'hadolint-json', ...names], { cwd: d, env: { PATH: `${bin}:${process.env.PATH}`, FLIGHTCHECK_HADOLINT_TIMEOUT_SECONDS: '2' }, timeoutMs: 120_000 });
    expect(h.code).toBe(1);
    expect(JSON.parse(h.stdout)).toHaveLength(3);
    expect(h.stderr).toMatch(/hang\.Dockerfile: not linted by hadolint/);
    expect(h.stderr).toMatch(/crash\.Dockerfile: not linted by hadolint/);
  }, 240_000);

  it('built-in engine: a Dockerfile too large, binary or not UTF-8 is an error result; the others are linted (one or two threads)', () => {
    const d = tempDir();
    write(d, 'ok.Dockerfile', 'FROM debian:latest\n');
    write(d, 'big.Dockerfile', `FROM debian:12.5\n${'# x\n'.repeat(1_200_000)}`);
    write(d, 'bin.Dockerfile', Buffer.from([0x46, 0x52, 0, 0x4d]));
    const names = ['ok.Dockerfile', 'big.Dockerfile', 'bin.Dockerfile'];
    for (const jobs of ['1', '2']) {
      const r = flightcheck(['dockerfile-lint', '--engine', 'builtin', '--no-shellcheck', '--jobs', jobs, '-f', 'json', ...names], { cwd: d });
      expect(r.code).toBe(1);
      const results = JSON.parse(r.stdout).results as { target: string; error?: string; findings: { ruleId: string }[] }[];
      expect(results.map((x) => x.target)).toEqual(names);
      expect(results[0]!.findings.map((f) => f.ruleId)).toEqual(['DL3007']);
      expect(results[1]!.error).toMatch(/^big\.Dockerfile: is \d+ bytes, over the limit of 4194304 \(not linted\)$/);
      expect(results[2]!.error).toBe('bin.Dockerfile: is a binary file (contains NUL bytes) (not linted)');
    }
    // --no-fail still fails on a file that could not be read
    expect(flightcheck(['dockerfile-lint', '--no-shellcheck', '--no-fail', ...names], { cwd: d }).code).toBe(1);
  }, 120_000);
});
