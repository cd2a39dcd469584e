import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { explicitLevel, runPodSecurity, runPodSecuritySafely } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-pss-run-'));
writeFileSync(join(dir, 'ok.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: { name: p, namespace: x }\nspec:\n  containers: [{ name: a }]\n');
writeFileSync(join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: { name: [ }\n');

describe('runPodSecurity', () => {
  it('validates level and version as usage errors', () => {
    expect(explicitLevel({})).toEqual({});
    expect(explicitLevel({ level: 'restricted' }).version?.latest).toBe(true);
    expect(() => explicitLevel({ level: 'high' })).toThrow(UsageError);
    expect(() => explicitLevel({ level: 'baseline', pssVersion: 'v2.0' })).toThrow(/unknown policy version "v2.0"/);
    expect(() => explicitLevel({ pssVersion: 'v1.30' })).toThrow(/--pss-version needs --level/);
  });
  it('turns a file that does not parse into an error result, and judges the rest', async () => {
    const r = await runPodSecurity({ paths: ['ok.yaml', 'broken.yaml'], cwd: dir });
    expect(r.results[0]!.findings.map((f) => f.ruleId)).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']);
    expect(r.results[1]!.error).toMatch(/\/broken.yaml:3: .*invalid YAML|\/broken.yaml:3: /);
  });
  it('fails closed on a missing file and a bad policy', async () => {
    const r = await runPodSecuritySafely({ paths: ['nope.yaml'], cwd: dir });
    expect(r.results.some((x) => x.error?.includes('nope.yaml'))).toBe(true);
    writeFileSync(join(dir, 'flightcheck.yaml'), 'checks:\n  pod-security:\n    defaultLevel: strict\n');
    const bad = await runPodSecuritySafely({ paths: ['ok.yaml'], cwd: dir });
    expect(bad.results[0]!.error).toMatch(/checks.pod-security.defaultLevel must be equal to one of the allowed values/);
    writeFileSync(join(dir, 'flightcheck.yaml'), 'checks:\n  pod-security:\n    defaultLevel: baseline\n');
    expect((await runPodSecurity({ paths: ['ok.yaml'], cwd: dir })).results[0]!.findings).toEqual([]);
  });
});
