import { describe, expect, it } from 'vitest';
import { flightcheck, tempDir, write } from './helpers.js';

const lint = (args: string[], cwd?: string) => flightcheck(['dockerfile-lint', '--engine', 'builtin', '-f', 'hadolint-json', ...args], { ...(cwd ? { cwd } : {}), timeoutMs: 60_000 });

describe('bad input: a clear error (exit 2, one line naming the file) or DL1000, never a crash or hang', () => {
  it('binary file', () => {
    const d = tempDir();
    write(d, 'Dockerfile', Buffer.from([0x46, 0x52, 0x00, 0xff, 0x10]));
    const r = lint(['Dockerfile'], d);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('flightcheck: Dockerfile: is a binary file (contains NUL bytes)');
  });
  it('invalid UTF-8', () => {
    const d = tempDir();
    write(d, 'Dockerfile', Buffer.from('FROM a:1\nRUN echo \xc3\x28\n', 'latin1'));
    const r = lint(['Dockerfile'], d);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('flightcheck: Dockerfile:2: is not valid UTF-8');
  });
  it('empty file: no finding, a notice naming the file', () => {
    const d = tempDir();
    write(d, 'Dockerfile', '');
    const r = lint(['Dockerfile'], d);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('Dockerfile is empty');
  });
  it('10 MB Dockerfile', () => {
    const d = tempDir();
    write(d, 'Dockerfile', 'FROM a:1\n' + 'RUN echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'.repeat(170_000));
    const started = Date.now();
    const r = lint(['Dockerfile'], d);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^flightcheck: Dockerfile: is \d+ bytes, over the limit of 4194304$/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
  it('unterminated heredoc: DL1000 with file and line', () => {
    const d = tempDir();
    write(d, 'Dockerfile', 'FROM a:1\nRUN <<EOF\necho hi\n');
    const r = lint(['Dockerfile'], d);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ code: 'DL1000', column: 1, file: 'Dockerfile', level: 'error', line: 2, message: 'unterminated heredoc: no line "EOF" closes "<<EOF"' }]);
  });
  it('unknown instruction: DL1000', () => {
    const d = tempDir();
    write(d, 'Dockerfile', 'FROM a:1\nFROBNICATE x\n');
    const out = JSON.parse(lint(['Dockerfile'], d).stdout);
    expect(out[0]).toMatchObject({ code: 'DL1000', line: 2 });
  });
  it('missing file', () => {
    const d = tempDir();
    const r = lint(['nope/Dockerfile'], d);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('flightcheck: nope/Dockerfile: no such file or directory');
  });
  it('directory without Dockerfiles', () => {
    const d = tempDir();
    write(d, 'sub/readme.md', 'x');
    const r = lint(['sub'], d);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('flightcheck: sub: directory contains no Dockerfile (Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile)');
  });
  it('no path at all', () => {
    const r = lint([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Please provide a Dockerfile/);
  });
  it('invalid .hadolint.yaml', () => {
    const d = tempDir();
    write(d, 'Dockerfile', 'FROM a:1\n');
    write(d, '.hadolint.yaml', 'ignored: [');
    const r = lint(['Dockerfile'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.hadolint\.yaml: invalid YAML/);
  });
  it('standard input', () => {
    const r = flightcheck(['dockerfile-lint', '--engine', 'builtin', '-f', 'hadolint-json', '-'], { input: 'FROM debian\n' });
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ code: 'DL3006', file: '-' })]);
  });
});
