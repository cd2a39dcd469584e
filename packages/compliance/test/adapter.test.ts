import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fakeKubeScore, fakeKubeScorePerFile, here, tempDir, write } from './helpers.js';

const recorded = join(here, 'fixtures', 'kube-score-v2.json');
const clean = join(here, 'fixtures', 'kube-score-clean.json');

describe('kube-score adapter, end to end with a fake kube-score on PATH', () => {
  const dir = tempDir();
  const manifest = write(dir, 'web.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n');

  it('--engine auto runs kube-score when it is on PATH and maps its JSON v2 to the same findings', () => {
    const fake = fakeKubeScore(recorded, 1);
    const r = cli(['compliance', '--format', 'json', '--kubernetes-version', 'v1.29', '--ignore-test', 'service-type', manifest], { env: { PATH: fake.PATH } });
    expect(r.code).toBe(1);
    const res = JSON.parse(r.stdout).results[0];
    expect(res).toMatchObject({ engine: 'kube-score', engineVersion: '1.20.0' });
    const byRule = Object.fromEntries(res.findings.map((f: { ruleId: string }) => [f.ruleId, f]));
    expect(byRule['container-image-tag']).toMatchObject({
      severity: 'high',
      status: 'fail',
      message: 'Container Image Tag: (web) Image with latest tag',
      location: { file: '/work/manifests/web.yaml', line: 2 },
      object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
    });
    expect(byRule['deployment-has-host-podantiaffinity']).toMatchObject({ severity: 'medium' });
    expect(byRule['pod-probes']).toMatchObject({ severity: 'low' });
    expect(byRule['container-seccomp-profile']).toBeUndefined(); // skipped
    const args = readFileSync(fake.argsFile, 'utf8').trim().split('\n');
    expect(args.slice(0, 5)).toEqual(['score', '--output-format', 'json', '--output-version', 'v2']);
    expect(args).toEqual(expect.arrayContaining(['--kubernetes-version', 'v1.29', '--ignore-test', 'service-type', manifest]));
  });

  it('re-renders kube-score-json and kube-score-ci from the tool output', () => {
    const fake = fakeKubeScore(recorded, 1);
    const r = cli(['compliance', '--engine', 'kube-score', '--format', 'kube-score-json', manifest], { env: { PATH: fake.PATH } });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(recorded, 'utf8')).map((o: Record<string, unknown>) => ({ ...o, object_meta: Object.fromEntries(Object.entries(o.object_meta as object).filter(([, v]) => v !== null)) })));
    const ci = cli(['compliance', '--engine', 'kube-score', '--format', 'kube-score-ci', manifest], { env: { PATH: fake.PATH } });
    expect(ci.stdout).toContain('[CRITICAL] web/shop apps/v1/Deployment: (web) Image with latest tag');
    expect(ci.stdout).toContain('[OK] web/shop v1/Service');
  });

  it('a clean kube-score run passes, reading stdin through the tool', () => {
    const fake = fakeKubeScore(clean, 0);
    const r = cli(['compliance', '--engine', 'kube-score', '--format', 'json', '-'], { env: { PATH: fake.PATH }, input: 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).results[0].findings).toEqual([]);
  });

  it('kube-score failing (no JSON) is an error, never a silent pass', () => {
    const empty = write(tempDir(), 'empty.txt', '');
    const fake = fakeKubeScore(empty, 1, 'Failed to score files: bad input');
    const r = cli(['compliance', '--engine', 'kube-score', manifest], { env: { PATH: fake.PATH } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kube-score failed .*Failed to score files/);
  });

  it('--engine kube-score without kube-score says what to install', () => {
    const r = cli(['compliance', '--engine', 'kube-score', manifest], { env: { PATH: '/usr/bin:/bin' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kube-score is not installed/);
  });
});

describe('kube-score failing on one file of many (a bound hit, a crash): that file fails closed, alone', () => {
  const deployment = (name: string, marker = '') => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\n# ${marker}\n`;

  it('a file kube-score hangs on past its wall timeout is one error result naming it; every other file is scored, together', () => {
    const dir = tempDir();
    const files = ['a', 'b', 'hang', 'c', 'd'].map((n) => write(dir, `${n}.yaml`, deployment(n, n === 'hang' ? 'HANG' : '')));
    const fake = fakeKubeScorePerFile();
    const r = cli(['compliance', '--engine', 'kube-score', '--format', 'json', ...files], { env: { PATH: fake.PATH, FLIGHTCHECK_KUBE_SCORE_TIMEOUT_SECONDS: '2' } });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const results = JSON.parse(r.stdout).results as { target: string; engine: string; error?: string; findings: { object?: { name: string } }[] }[];
    const errors = results.filter((x) => x.error);
    expect(errors).toEqual([expect.objectContaining({ target: files[2], engine: 'kube-score', error: expect.stringMatching(/hang\.yaml: not scored by kube-score: kube-score did not finish within 2 s and was stopped/) })]);
    expect(results[0]!.findings.map((f) => f.object?.name).sort()).toEqual(['a', 'b', 'c', 'd']);
    // the last run holds the four good files together (kube-score relates objects across files)
    const runs = readFileSync(fake.runsFile, 'utf8').trim().split('\n');
    expect(runs.at(-1)!.trim().split(' ')).toEqual([files[0], files[1], files[3], files[4]]);
  }, 120_000);

  it('a file kube-score fails on is an error result with kube-score\'s reason beside the other file’s findings', () => {
    const dir = tempDir();
    const files = ['ok', 'broken'].map((n) => write(dir, `${n}.yaml`, deployment(n, n === 'broken' ? 'BROKEN' : '')));
    const fake = fakeKubeScorePerFile();
    const r = cli(['compliance', '--engine', 'kube-score', '--format', 'json', ...files], { env: { PATH: fake.PATH } });
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout).results as { target: string; error?: string; findings: unknown[] }[];
    expect(results.filter((x) => x.error).map((x) => x.error)).toEqual([expect.stringMatching(/broken\.yaml: not scored by kube-score: kube-score failed \(exit 1\): Failed to parse/)]);
    expect(results[0]!.findings).toHaveLength(1);
  }, 120_000);

  it('one file alone that kube-score fails on is still the input error it was (exit 2)', () => {
    const file = write(tempDir(), 'broken.yaml', deployment('x', 'BROKEN'));
    const fake = fakeKubeScorePerFile();
    const r = cli(['compliance', '--engine', 'kube-score', file], { env: { PATH: fake.PATH } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kube-score failed \(exit 1\): Failed to parse/);
  }, 120_000);
});
