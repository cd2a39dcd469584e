import { describe, expect, it } from 'vitest';
import { digestForRepository, findDocker, parseRepoDigests } from './docker.js';
import { parseImageRef } from './image-ref.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

describe('docker helpers', () => {
  it('parses RepoDigests', () => {
    expect(parseRepoDigests(`["r/a@${A}"]\n`)).toEqual([`r/a@${A}`]);
    expect(parseRepoDigests('null')).toEqual([]);
    expect(parseRepoDigests('garbage')).toEqual([]);
  });
  it('picks the digest of the image\'s own repository only', () => {
    const repoDigests = [`other.example/a@${B}`, `127.0.0.1:5000/team/a@${A}`, 'not a ref'];
    expect(digestForRepository(repoDigests, parseImageRef('127.0.0.1:5000/team/a:1'))).toBe(A);
    expect(digestForRepository(repoDigests, parseImageRef('127.0.0.1:5000/team/b:1'))).toBeUndefined();
  });
  it('reports a missing docker client clearly', async () => {
    await expect(findDocker('/nonexistent/docker')).rejects.toThrow(/docker is not installed/);
  });
});
