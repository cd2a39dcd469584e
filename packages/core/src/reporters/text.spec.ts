import { describe, expect, it } from 'vitest';
import { reporters } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

const root = '/ws';

describe('text reporter', () => {
  it('groups by target, shows suppressed findings with the reason, errors, and a one-line summary', () => {
    const out = reporters.text(sampleReport(), { root });
    expect(out).toContain('dockerfile-lint · images/airflow/Dockerfile (builtin)');
    // a suppressed finding is counted by its reason; --verbose lists it
    expect(out).toContain('SUPPRESSED  1 × waiver: tracked in JIRA-1');
    expect(out).not.toContain('DL3007');
    expect(reporters.text(sampleReport(), { root, verbose: true })).toMatch(/HIGH\s+DL3007\s+images\/airflow\/Dockerfile:1\s+Using latest is prone to errors\s+\[suppressed \(waiver: tracked in JIRA-1/);
    expect(out).toMatch(/MEDIUM\s+DL3008\s+images\/airflow\/Dockerfile:12:1/);
    expect(out).toContain('Deployment airflow/scheduler');
    expect(out).toContain('ERROR  the check could not run: no OSV database configured');
    expect(out.trim().split('\n').at(-1)).toBe('2 findings (1 high, 1 medium), 1 suppressed, 1 check could not run in 3 results');
    expect(out).not.toContain('pod-probes');
    expect(reporters.text(sampleReport(), { root, verbose: true })).toContain('pod-probes');
    expect(out).not.toContain('\x1b[');
    expect(reporters.text(sampleReport(), { root, color: true })).toContain('\x1b[31m');
  });

  it('lists high before medium within a result', () => {
    const out = reporters.text(sampleReport(), { root, verbose: true });
    expect(out.indexOf('DL3007')).toBeLessThan(out.indexOf('DL3008'));
  });
});

describe('text: the profile', () => {
  it('ends with the profile and what stood in for what, when the report has one', async () => {
    const { text: reporter } = await import('./text.js');
    const { createReport } = await import('../model.js');
    const r = { ...createReport([]), profile: 'local', standIns: [{ for: 'the release registry', used: 'a registry on 127.0.0.1' }] };
    expect(reporter(r).trimEnd().split('\n').pop()).toBe('profile local; stand-ins: a registry on 127.0.0.1 for the release registry');
    expect(reporter({ ...createReport([]), profile: 'release', standIns: [] })).toContain('profile release; no stand-ins');
    expect(reporter(createReport([]))).not.toContain('profile');
  });
});
