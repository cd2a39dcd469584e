import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTrivy } from './adapter.js';

const fixture = join(new URL('.', import.meta.url).pathname, '__fixtures__', 'several-classes.json');

/** A stand-in for trivy: prints a version, records its arguments, and replays a recorded report or an error. */
function fakeTrivy(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-trivy-'));
  const file = join(dir, 'trivy');
  writeFileSync(file, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Version: 0.74.0"; exit 0; fi\necho "$@" > "${dir}/args"\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

describe('runTrivy', () => {
  it('runs trivy image with JSON output and maps the recorded report', async () => {
    const trivy = fakeTrivy(`cat "${fixture}"`);
    const out = await runTrivy({ image: 'airflow:dev', trivyPath: trivy, severities: ['high', 'critical'], ignoreUnfixed: true, skipDbUpdate: true, cacheDir: '/cache' });
    expect(out.engineVersion).toBe('0.74.0');
    expect(out.findings.map((f) => f.ruleId)).toContain('CVE-2023-4911');
    const args = readFileSync(join(trivy, '..', 'args'), 'utf8');
    expect(args).toMatch(/^image --format json --quiet --exit-code 0 --ignorefile \S+empty\.trivyignore --scanners vuln,secret --severity HIGH,CRITICAL --ignore-unfixed --skip-db-update --skip-java-db-update --offline-scan --cache-dir \/cache --timeout 540s -- airflow:dev/);
  });

  it('turns an error exit into an error naming trivy and its message', async () => {
    const trivy = fakeTrivy('echo "2026-01-10T09:00:00Z\tFATAL\tFatal error\timage scan error: unable to find the specified image" >&2; exit 1');
    await expect(runTrivy({ image: 'missing:tag', trivyPath: trivy })).rejects.toThrow(/trivy exited 1: .*unable to find the specified image/);
  });

  it('refuses output that is not a report', async () => {
    await expect(runTrivy({ archive: '/tmp/x.tar', trivyPath: fakeTrivy('echo "not json"') })).rejects.toThrow(/not JSON/);
    await expect(runTrivy({ archive: '/tmp/x.tar', trivyPath: fakeTrivy('true') })).rejects.toThrow(/trivy printed nothing/);
  });

  it('stops a trivy that hangs', async () => {
    const started = Date.now();
    await expect(runTrivy({ image: 'x', trivyPath: fakeTrivy('sleep 30'), timeoutMs: 1000 })).rejects.toThrow(/did not finish within 1 s/);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('says how to get trivy when it is missing', async () => {
    await expect(runTrivy({ image: 'x', trivyPath: '/nonexistent/trivy' })).rejects.toThrow(/trivy is not installed or not on PATH: .*--engine builtin/);
  });
});
