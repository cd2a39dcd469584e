import { describe, expect, it } from 'vitest';
import { parseWithMvdan } from './shell-mvdan.js';

describe('parseWithMvdan', () => {
  it('lists commands in source order and finds pipes', () => {
    const s = parseWithMvdan('apt-get update && (cd /x; make) | tee log || echo "$(id -u)"');
    expect(s.commands.map((c) => c.name)).toEqual(['apt-get', 'cd', 'make', 'tee', 'echo', 'id']);
    expect(s.hasPipes).toBe(true);
    expect(parseWithMvdan('a || b').hasPipes).toBe(false);
  });
  it('simplifies words and reads declarations', () => {
    expect(parseWithMvdan(`pip install "a==1" 'b' $PKG \${V}`).commands[0]!.args).toEqual(['install', 'a==1', 'b', '${PKG}', '${V}']);
    expect(parseWithMvdan('export A=1 B').commands).toEqual([{ name: 'export', args: ['A=1', 'B'] }]);
  });
  it('reports invalid shell with its message, and parses again afterwards', () => {
    const s = parseWithMvdan('echo "unterminated');
    expect(s.error).toMatch(/^1:6: /);
    expect(s.commands).toEqual([]);
    expect(parseWithMvdan('ok').commands).toEqual([{ name: 'ok', args: [] }]);
  });
});
