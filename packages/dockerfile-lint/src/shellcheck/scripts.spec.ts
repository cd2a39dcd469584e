import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parser/dockerfile.js';
import { collectRunScripts, collectScripts, uncheckedNotice } from './scripts.js';

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

describe('Windows images', () => {
  const run = (text: string) => collectRunScripts(parseDockerfile(text), 'Dockerfile');
  it('does not hand RUNs of a # escape=` Dockerfile without SHELL to ShellCheck: their shell is cmd', () => {
    const r = run('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app `\n    && echo ok\nONBUILD RUN dir\n');
    expect(r.scripts).toEqual([]);
    expect(r.unchecked).toEqual([
      { line: 3, shell: 'cmd /S /C', windowsDefault: true },
      { line: 5, shell: 'cmd /S /C', windowsDefault: true },
    ]);
  });
  it('lists PowerShell and cmd SHELL RUNs as unchecked, and checks again after a POSIX SHELL', () => {
    const r = run('FROM a:1\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\nSHELL ["/bin/sh", "-c"]\nRUN echo hi\n');
    expect(r.unchecked).toEqual([{ line: 3, shell: 'powershell -Command', windowsDefault: false }]);
    expect(r.scripts.map((x) => x.line)).toEqual([5]);
    const w = run('# escape=`\nFROM a:1\nSHELL ["bash", "-c"]\nRUN echo hi\n');
    expect(w.unchecked).toEqual([]);
    expect(w.scripts.map((x) => x.line)).toEqual([4]);
  });
  it('lets a shell pragma override the Windows default', () => {
    const r = run('# escape=`\n# hadolint shell=bash\nFROM a:1\nRUN echo hi\n');
    expect(r.unchecked).toEqual([]);
    expect(r.scripts[0]!.text.startsWith('#!bash\n')).toBe(true);
  });
  it('says which RUNs ShellCheck did not see, and why', () => {
    expect(uncheckedNotice('Dockerfile', [])).toBeUndefined();
    expect(uncheckedNotice('w/Dockerfile', [{ line: 3, shell: 'cmd /S /C', windowsDefault: true }])).toBe(
      "w/Dockerfile: the RUN at line 3 was not handed to ShellCheck: its shell is cmd (Docker's default shell on Windows: # escape=` and no SHELL), not a POSIX shell (the DL rules still read them, as hadolint does)",
    );
    expect(uncheckedNotice('D', [{ line: 3, shell: 'powershell -Command', windowsDefault: false }, { line: 9, shell: 'powershell -Command', windowsDefault: false }])).toMatch(
      /^D: 2 RUNs \(lines 3, 9\) were not handed to ShellCheck: their shell is powershell, not a POSIX shell/,
    );
  });
});
