import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import executor, { hadolintFailOn } from './executor.js';

const quiet = () => vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

describe('@flightcheck/dockerfile-lint:lint', () => {
  it('lints options.dockerfile, writes the reports and fails at the threshold', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'dl-exec-'));
    writeFileSync(join(root, 'Dockerfile'), 'FROM debian:latest\nRUN sudo true\n');
    const ctx = { root, projectName: 'x-image', targetName: 'dockerfile-lint' };
    expect((await executor({ dockerfile: 'Dockerfile', engine: 'builtin', shellcheck: false }, ctx)).success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/x-image/dockerfile-lint.json'), 'utf8'));
    expect(report.results[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['DL3007', 'DL3004']);
    expect((await executor({ dockerfile: 'Dockerfile', engine: 'builtin', shellcheck: false, failOn: 'critical' }, ctx)).success).toBe(true);
  });

  it('reads the project configuration given as config', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'dl-exec-'));
    writeFileSync(join(root, 'Dockerfile'), 'FROM debian:latest\n');
    writeFileSync(join(root, 'lint.yaml'), 'ignored: [DL3007]\n');
    const ctx = { root, projectName: 'p', targetName: 'dockerfile-lint' };
    expect((await executor({ dockerfile: 'Dockerfile', config: 'lint.yaml', engine: 'builtin', shellcheck: false, failOn: 'medium' }, ctx)).success).toBe(true);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/p/dockerfile-lint.json'), 'utf8'));
    expect(report.results[0].findings[0]).toMatchObject({ ruleId: 'DL3007', status: 'suppressed' });
  });

  it('fails by default where hadolint does (failure-threshold info: DL3002 warning, DL3015 info), and honours .hadolint.yaml and checks.dockerfile-lint.failOn', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'dl-exec-'));
    writeFileSync(join(root, 'Dockerfile'), 'FROM debian:bookworm-slim@sha256:' + 'a'.repeat(64) + '\nUSER root\n');
    const ctx = { root, projectName: 'p', targetName: 'dockerfile-lint' };
    const opts = { dockerfile: 'Dockerfile', engine: 'builtin' as const, shellcheck: false };
    expect((await executor(opts, ctx)).success).toBe(false); // DL3002 (warning = medium)
    writeFileSync(join(root, '.hadolint.yaml'), 'failure-threshold: error\n');
    expect((await executor(opts, ctx)).success).toBe(true);
    writeFileSync(join(root, 'flightcheck.yaml'), 'checks:\n  dockerfile-lint:\n    failOn: medium\n');
    expect((await executor(opts, ctx)).success).toBe(false); // the policy beats the tool's configuration
    expect((await executor({ ...opts, deferVerdict: true }, ctx)).success).toBe(true); // security decides
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/p/dockerfile-lint.json'), 'utf8'));
    expect(report.verdict).toEqual({ passed: false, checks: [{ check: 'dockerfile-lint', failOn: 'medium', failed: true, failing: 1, errors: 0 }] });
  });

  it('maps hadolint thresholds to severities', () => {
    expect(hadolintFailOn({})).toBeUndefined();
    expect(hadolintFailOn({ failureThreshold: 'warning' })).toBe('medium');
    expect(hadolintFailOn({ failureThreshold: 'style' })).toBe('info');
    expect(hadolintFailOn({ failureThreshold: 'none' })).toBe('info');
    expect(hadolintFailOn({ noFail: true, failureThreshold: 'error' })).toBe('none');
  });

  it('fails closed when the Dockerfile is missing', async () => {
    quiet();
    const root = mkdtempSync(join(tmpdir(), 'dl-exec-'));
    expect((await executor({ dockerfile: 'Dockerfile', engine: 'builtin' }, { root, projectName: 'p', targetName: 'dockerfile-lint' })).success).toBe(false);
    const report = JSON.parse(readFileSync(join(root, 'dist/flightcheck/p/dockerfile-lint.json'), 'utf8'));
    expect(report.results[0].error).toMatch(/Dockerfile: no such file/);
  });
});
