import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { expandPaths, isDockerfileName } from './files.js';

describe('expandPaths', () => {
  it('finds Dockerfile, *.Dockerfile and Dockerfile.* beneath a directory, skipping node_modules and .git', () => {
    const d = mkdtempSync(join(tmpdir(), 'dl-files-'));
    for (const p of ['a/Dockerfile', 'b/api.Dockerfile', 'Dockerfile.dev', 'node_modules/x/Dockerfile', '.git/Dockerfile', 'c/readme.md']) {
      mkdirSync(join(d, p, '..'), { recursive: true });
      writeFileSync(join(d, p), 'FROM a:1\n');
    }
    expect(expandPaths([d], '/').map((f) => f.slice(d.length + 1))).toEqual(['Dockerfile.dev', 'a/Dockerfile', 'b/api.Dockerfile']);
    expect(expandPaths(['.'], d)).toEqual(['Dockerfile.dev', 'a/Dockerfile', 'b/api.Dockerfile']);
  });
  it('names the path when it is missing or holds no Dockerfile', () => {
    const d = mkdtempSync(join(tmpdir(), 'dl-files-'));
    expect(() => expandPaths(['nope'], d)).toThrow(InputError);
    expect(() => expandPaths([d], '/')).toThrow(/contains no Dockerfile/);
  });
  it('knows the names', () => {
    expect(['Dockerfile', 'x.Dockerfile', 'Dockerfile.prod'].every(isDockerfileName)).toBe(true);
    expect(isDockerfileName('Dockerfilex')).toBe(false);
  });
});
