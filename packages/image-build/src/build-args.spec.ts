import { describe, expect, it } from 'vitest';
import { buildDockerArgs, defaultImageRef } from './build-args.js';

describe('buildDockerArgs', () => {
  it('builds the command line with target, build args and labels', () => {
    expect(buildDockerArgs({ dockerfile: 'images/airflow/Dockerfile', context: 'images/airflow', image: 'a/b:c', target: 'airflow-user', buildArgs: { BASE_IMAGE: 'x:y' }, labels: { 'org.opencontainers.image.revision': 'abc' } }, '/tmp/iid')).toEqual([
      'build', '--file', 'images/airflow/Dockerfile', '--iidfile', '/tmp/iid', '--tag', 'a/b:c', '--progress', 'plain', '--target', 'airflow-user', '--build-arg', 'BASE_IMAGE=x:y', '--label', 'org.opencontainers.image.revision=abc', 'images/airflow',
    ]);
  });
  it('refuses hostile values', () => {
    expect(() => buildDockerArgs({ dockerfile: 'D', context: '.', image: '--rm' }, 'i')).toThrow(/image reference/);
    expect(() => buildDockerArgs({ dockerfile: 'D', context: '.', image: 'a', target: '--x' }, 'i')).toThrow(/stage name/);
    expect(() => buildDockerArgs({ dockerfile: 'D', context: '.', image: 'a', buildArgs: { 'A B': '1' } }, 'i')).toThrow(/invalid key/);
  });
  it('names images after the project and revision', () => {
    expect(defaultImageRef('airflow-image', '0123456789abcdef')).toBe('flightcheck/airflow-image:0123456789ab');
    expect(defaultImageRef('Airflow Image', undefined)).toBe('flightcheck/airflow-image:dev');
  });
});
