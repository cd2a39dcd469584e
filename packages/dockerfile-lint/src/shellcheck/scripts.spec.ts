import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parser/dockerfile.js';
import { collectScripts } from './scripts.js';

const scripts = (text: string) => collectScripts(parseDockerfile(text), 'Dockerfile');

describe('collectScripts', () => {
  it('builds hadolint\'s script: shebang of the current shell, exported ARG/ENV names, the RUN text', () => {
    const [s] = scripts('FROM a:1\nARG V\nENV W=1\nSHELL ["/bin/bash", "-c"]\nRUN echo $V\n');
    expect(s!.line).toBe(5);
    expect(s!.text.split('\n')[0]).toBe('#!/bin/bash');
    expect(s!.text).toContain('export V=1\nexport W=1\necho $V\n');
    expect(s!.text).toContain('export HTTP_PROXY=1');
  });
  it('skips exec form, non-POSIX shells and foreign shebangs', () => {
    expect(scripts('FROM a:1\nRUN ["echo", "$X"]\n')).toEqual([]);
    expect(scripts('FROM a:1\nSHELL ["pwsh", "-c"]\nRUN echo $X\n')).toEqual([]);
    expect(scripts('# hadolint shell=powershell\nFROM a:1\nRUN echo $X\n')).toEqual([]);
    expect(scripts('FROM a:1\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n')).toEqual([]);
  });
  it('resets the stage at FROM unless it builds on an earlier stage', () => {
    const s = scripts('FROM a:1 AS b\nARG V\nSHELL ["/bin/bash", "-c"]\nFROM b\nRUN echo $V\nFROM c:1\nRUN echo $V\n');
    expect(s[0]!.text).toMatch(/^#!\/bin\/bash\n[\s\S]*export V=1/);
    expect(s[1]!.text).toMatch(/^#!\/bin\/sh\n/);
    expect(s[1]!.text).not.toContain('export V=1');
  });
  it('checks ONBUILD RUN too', () => {
    expect(scripts('FROM a:1\nONBUILD RUN echo $X\n')).toHaveLength(1);
  });
});
