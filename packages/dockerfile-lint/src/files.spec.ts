import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { discoveryNotice, expandDockerfilePaths, expandPaths, isDockerfileName } from './files.js';

const tree = (paths: string[]) => {
  const d = mkdtempSync(join(tmpdir(), 'dl-files-'));
  for (const p of paths) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), 'FROM a:1\n');
  }
  return d;
};

describe('expandPaths', () => {
  it('finds the names hadolint users lint beneath a directory, skipping node_modules and .git', () => {
    const d = tree([
      'a/Dockerfile', 'b/api.Dockerfile', 'Dockerfile.dev', 'c/Dockerfile-worker', 'd/web.dockerfile', 'e/Base.DOCKERFILE',
      'node_modules/x/Dockerfile', '.git/Dockerfile', 'c/readme.md', 'Dockerfile.dockerignore', 'f/dockerfile', 'g/Dockerfilex',
    ]);
    const want = ['Dockerfile.dev', 'a/Dockerfile', 'b/api.Dockerfile', 'c/Dockerfile-worker', 'd/web.dockerfile', 'e/Base.DOCKERFILE'];
    expect(expandPaths([d], '/').map((f) => f.slice(d.length + 1))).toEqual(want);
    expect(expandPaths(['.'], d)).toEqual(want);
  });
  it('counts what the directory walks took, apart from files given by name', () => {
    const d = tree(['a/Dockerfile', 'a/b/x.Dockerfile', 'c/Dockerfile', 'one.dockerfile']);
    const e = expandDockerfilePaths(['a', 'one.dockerfile', 'c'], d);
    expect(e.files).toEqual(['a/Dockerfile', 'a/b/x.Dockerfile', 'one.dockerfile', 'c/Dockerfile']);
    expect(e.fromDirectories).toEqual({ files: 3, directories: ['a', 'c'] });
    expect(discoveryNotice(e)).toBe('took 3 Dockerfiles from 2 directories (names Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile; node_modules and .git skipped)');
    expect(discoveryNotice(expandDockerfilePaths(['a'], d))).toMatch(/^took 2 Dockerfiles from directory a \(/);
    expect(discoveryNotice(expandDockerfilePaths(['c'], d))).toMatch(/^took 1 Dockerfile from directory c \(/);
    expect(discoveryNotice(expandDockerfilePaths(['one.dockerfile', '-'], d))).toBeUndefined();
  });
  it('names the path when it is missing or holds no Dockerfile', () => {
    const d = mkdtempSync(join(tmpdir(), 'dl-files-'));
    expect(() => expandPaths(['nope'], d)).toThrow(InputError);
    expect(() => expandPaths([d], '/')).toThrow(/contains no Dockerfile \(Dockerfile, Dockerfile\.\*, Dockerfile-\*/);
  });
  it('knows the names', () => {
    expect(['Dockerfile', 'x.Dockerfile', 'x.dockerfile', 'Dockerfile.prod', 'Dockerfile-dev', 'prod.DockerFile'].every(isDockerfileName)).toBe(true);
    expect(['Dockerfilex', 'Dockerfile.', 'Dockerfile-', 'dockerfile.txt', 'Dockerfile.dockerignore', 'app.Dockerfile.dockerignore', '.dockerfile'].some(isDockerfileName)).toBe(false);
  });
});
