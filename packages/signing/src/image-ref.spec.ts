import { describe, expect, it } from 'vitest';
import { byDigest, digestFromSignatureTag, isLoopbackRegistry, matchesRepository, parseImageRef, registryHost } from './image-ref.js';
import { ImageRefError } from './errors.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageRef', () => {
  it('splits registry, repository, tag and digest', () => {
    expect(parseImageRef(`127.0.0.1:5000/team/airflow:3.1@${D}`)).toMatchObject({ registry: '127.0.0.1:5000', repository: 'team/airflow', tag: '3.1', digest: D });
    expect(parseImageRef('python:3.11-slim')).toMatchObject({ registry: 'docker.io', repository: 'library/python', tag: '3.11-slim' });
    expect(parseImageRef('localhost/app')).toMatchObject({ registry: 'localhost', repository: 'app' });
    expect(parseImageRef('ghcr.io/org/img')).toMatchObject({ registry: 'ghcr.io', repository: 'org/img' });
    expect(parseImageRef('team/app').registry).toBe('docker.io');
  });
  it('rejects bad references with a reason', () => {
    for (const bad of ['', 'UPPER/case', 'app@sha256:abc', 'a b', `app@md5:${'a'.repeat(32)}`, 'app:bad tag', 'x'.repeat(2000)]) {
      expect(() => parseImageRef(bad)).toThrow(ImageRefError);
    }
  });
  it('pins by digest and drops the tag', () => {
    expect(byDigest(parseImageRef(`r.example:1/a:t@${D}`))).toBe(`r.example:1/a@${D}`);
    expect(() => byDigest(parseImageRef('a:t'))).toThrow(/no digest/);
  });
});

describe('registries', () => {
  it('knows loopback registries', () => {
    expect(isLoopbackRegistry('127.0.0.1:5000')).toBe(true);
    expect(isLoopbackRegistry('127.1.2.3')).toBe(true);
    expect(isLoopbackRegistry('localhost:5000')).toBe(true);
    expect(isLoopbackRegistry('[::1]:5000')).toBe(true);
    expect(isLoopbackRegistry('registry.internal:5000')).toBe(false);
    expect(isLoopbackRegistry('127.0.0.1.evil.example')).toBe(false);
    expect(registryHost('Reg.Example:443')).toBe('reg.example');
  });
  it('reads the digest of a signature tag', () => {
    expect(digestFromSignatureTag(`127.0.0.1:5/a:sha256-${'b'.repeat(64)}.sig\n`)).toBe(`sha256:${'b'.repeat(64)}`);
    expect(digestFromSignatureTag('nothing')).toBeUndefined();
  });
});

describe('matchesRepository', () => {
  it('matches exact names and globs', () => {
    const ref = parseImageRef(`ghcr.io/example/airflow:3@${D}`);
    expect(matchesRepository(ref, 'ghcr.io/example/airflow')).toBe(true);
    expect(matchesRepository(ref, 'ghcr.io/example/**')).toBe(true);
    expect(matchesRepository(ref, 'ghcr.io/*/airflow')).toBe(true);
    expect(matchesRepository(ref, 'ghcr.io/example/air')).toBe(false);
    expect(matchesRepository(ref, 'ghcr.io/other/**')).toBe(false);
    expect(matchesRepository(parseImageRef('postgres:16'), 'postgres')).toBe(true);
    expect(matchesRepository(parseImageRef('postgres:16'), 'docker.io/library/postgres')).toBe(true);
    expect(matchesRepository(parseImageRef('127.0.0.1:5000/a/b'), '127.0.0.1:5000/a/*')).toBe(true);
  });
});
