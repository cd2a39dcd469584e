import { parseShell } from '../parser/shell.js';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parser/dockerfile.js';
import { cleanedAfterInstall, copyArgs, hasCacheMount, isArchive, keyValuePairs, parseFrom, splitWords, stripQuotes } from './util.js';

const ins = (text: string) => parseDockerfile(text).instructions[0]!;

describe('rule helpers', () => {
  it('reads FROM', () => {
    expect(parseFrom(ins('FROM --platform=x reg.io:5000/a/b:1.2@sha256:ab AS s'))).toEqual({ image: 'reg.io:5000/a/b', tag: '1.2', digest: 'sha256:ab', alias: 's', registry: 'reg.io:5000', platform: 'x' });
    expect(parseFrom(ins('FROM localhost/a'))).toEqual({ image: 'localhost/a', registry: 'localhost' });
    expect(parseFrom(ins('FROM library/debian'))).toEqual({ image: 'library/debian' });
  });
  it('reads LABEL/ENV pairs, quoted and legacy', () => {
    expect(keyValuePairs(ins('LABEL a=b "c d"="e f" g=\'h\''))).toEqual([{ key: 'a', value: 'b' }, { key: 'c d', value: 'e f' }, { key: 'g', value: 'h' }]);
    expect(keyValuePairs(ins('ENV PATH /usr/bin:$PATH'))).toEqual([{ key: 'PATH', value: '/usr/bin:$PATH' }]);
  });
  it('reads COPY arguments and cache mounts', () => {
    expect(copyArgs(ins('COPY --chown=1 a "b c" /d/'))).toEqual({ sources: ['a', 'b c'], dest: '/d/' });
    expect(hasCacheMount(ins('RUN --mount=type=cache,target=/root/.cache/pip pip install x'), '.cache/pip')).toBe(true);
    expect(hasCacheMount(ins('RUN --mount=type=bind,target=/root/.cache/pip pip install x'), '.cache/pip')).toBe(false);
  });
  it('small helpers', () => {
    expect(isArchive('a.tar.gz')).toBe(true);
    expect(isArchive('a.zip')).toBe(false);
    expect(stripQuotes('"x"')).toBe('x');
    expect(splitWords('a "b c" \'d\'')).toEqual(['a', 'b c', 'd']);
  });
  it('orders clean-ups after the first install (hadolint DL3032/DL3036/DL3040/DL3060)', () => {
    const cmds = (t: string) => parseShell(t).commands;
    const inst = (c: { name: string; args: string[] }) => c.name === 'x' && c.args.includes('install');
    const clean = (c: { name: string; args: string[] }) => c.name === 'x' && c.args.includes('clean');
    expect(cleanedAfterInstall(cmds('echo hi'), inst, clean)).toBeUndefined();
    expect(cleanedAfterInstall(cmds('x install a && x clean'), inst, clean)).toBe(true);
    expect(cleanedAfterInstall(cmds('x clean && x install a'), inst, clean)).toBe(false);
    expect(cleanedAfterInstall(cmds('x clean && x install a && x clean'), inst, clean)).toBe(true);
    expect(cleanedAfterInstall(cmds('x install a; (x clean)'), inst, clean)).toBe(true);
  });
});
