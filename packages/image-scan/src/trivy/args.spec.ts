import { describe, expect, it } from 'vitest';
import { buildTrivyArgs } from './args.js';

describe('buildTrivyArgs', () => {
  it('scans an image with JSON output and the policy severities', () => {
    expect(buildTrivyArgs({ image: 'airflow:dev', ignoreFile: '/tmp/empty', severities: ['critical', 'high'], ignoreUnfixed: true, timeout: '9m' })).toEqual([
      'image', '--format', 'json', '--quiet', '--exit-code', '0', '--ignorefile', '/tmp/empty', '--scanners', 'vuln,secret', '--severity', 'CRITICAL,HIGH', '--ignore-unfixed', '--timeout', '9m', '--', 'airflow:dev',
    ]);
  });
  it('scans an archive air-gapped with a cache folder', () => {
    const args = buildTrivyArgs({ archive: '/tmp/image.tar', ignoreFile: 'e', skipDbUpdate: true, cacheDir: '/cache', severities: ['info'] });
    expect(args).toEqual(expect.arrayContaining(['--skip-db-update', '--skip-java-db-update', '--offline-scan', '--cache-dir', '/cache', '--input', '/tmp/image.tar', '--severity', 'UNKNOWN']));
    expect(args).not.toContain('--');
  });
  it('needs exactly one subject, and an image name cannot pass as a flag', () => {
    expect(() => buildTrivyArgs({ ignoreFile: 'e' })).toThrow();
    expect(buildTrivyArgs({ image: '--help', ignoreFile: 'e' }).slice(-2)).toEqual(['--', '--help']);
  });
});
