import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fakeKubeScore, here, tempDir, write } from './helpers.js';

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
