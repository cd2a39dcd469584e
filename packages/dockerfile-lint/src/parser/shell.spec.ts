import { describe, expect, it } from 'vitest';
import { parseShell } from './shell.js';

describe('parseShell', () => {
  it('finds every simple command: lists, pipes, subshells, substitutions', () => {
    const s = parseShell('apt-get update && (cd /x; make) | tee log || echo "$(id -u)"');
    expect(s.commands.map((c) => c.name)).toEqual(['apt-get', 'cd', 'make', 'tee', 'echo', 'id']);
    expect(s.hasPipes).toBe(true);
  });
  it('simplifies words: quotes removed, expansions as ${X}', () => {
    const s = parseShell(`pip install "a==1" 'b' $PKG \${V}`);
    expect(s.commands[0]!.args).toEqual(['install', 'a==1', 'b', '${PKG}', '${V}']);
  });
  it('does not take || for a pipe', () => {
    expect(parseShell('a || b').hasPipes).toBe(false);
  });
  it('reports invalid shell without throwing', () => {
    const s = parseShell('echo "unterminated');
    expect(s.error).toBeTruthy();
    expect(s.commands).toEqual([]);
  });
});
