import { describe, expect, it } from 'vitest';
import type { LayerEntry } from './layers.js';
import { FileTree, SymlinkLoopError } from './tree.js';

let seq = 0;
function e(layer: number, path: string, extra: Partial<LayerEntry> = {}): LayerEntry {
  seq++;
  return { layer, layerDigest: `sha256:${String(layer).repeat(64)}`, path, type: 'file', mode: 0o644, uid: 0, gid: 0, size: seq, ...extra };
}
const dir = (layer: number, path: string, extra: Partial<LayerEntry> = {}) => e(layer, path, { type: 'directory', mode: 0o755, ...extra });

function build(entries: LayerEntry[]): FileTree {
  const t = new FileTree();
  for (const x of entries) t.add(x);
  return t.finish();
}

describe('FileTree', () => {
  it('applies layers in order: a later layer overrides owner and mode', () => {
    const t = build([dir(0, '/opt'), dir(0, '/opt/airflow'), dir(1, '/opt/airflow', { uid: 50000, gid: 50000, mode: 0o775 })]);
    expect(t.lookup('/opt/airflow')).toMatchObject({ uid: 50000, mode: 0o775, layer: 1 });
  });
  it('keeps the children of a directory an upper layer re-declares', () => {
    const t = build([dir(0, '/a'), e(0, '/a/f'), dir(1, '/a', { mode: 0o700 })]);
    expect(t.lookup('/a/f')).toBeDefined();
  });
  it('applies whiteouts to lower layers only', () => {
    const t = build([dir(0, '/a'), e(0, '/a/f'), dir(0, '/a/d'), e(0, '/a/d/x'), e(1, '/a/.wh.f', { whiteout: { kind: 'file', target: '/a/f' } }), e(1, '/a/.wh.d', { whiteout: { kind: 'file', target: '/a/d' } })]);
    expect(t.lookup('/a/f')).toBeUndefined();
    expect(t.lookup('/a/d/x')).toBeUndefined();
    expect(t.lookup('/a/.wh.f')).toBeUndefined();
  });
  it('applies an opaque whiteout before the layer adds its own entries', () => {
    const t = build([dir(0, '/a'), e(0, '/a/old'), e(1, '/a/.wh..wh..opq', { whiteout: { kind: 'opaque', target: '/a' } }), e(1, '/a/new')]);
    expect([...t.lookup('/a')!.children!.keys()]).toEqual(['new']);
  });
  it('implies missing parents as root-owned directories', () => {
    const t = build([e(0, '/x/y/z')]);
    expect(t.lookup('/x/y')).toMatchObject({ type: 'directory', implicit: true, uid: 0 });
  });
  it('records invalid entries and dangling hard links as anomalies', () => {
    const t = build([e(0, '../evil', { invalid: 'name escapes the root (`..`)' }), e(0, '/h', { type: 'hardlink', linkTarget: '/missing' })]);
    expect(t.anomalies.map((a) => a.kind)).toEqual(['invalid-entry', 'dangling-hardlink']);
    expect(t.lookup('/evil')).toBeUndefined();
  });
  it('resolves symlinks (relative, absolute, in parents) and detects loops', () => {
    const t = build([dir(0, '/usr'), dir(0, '/usr/lib'), e(0, '/usr/lib/os-release'), e(0, '/lib', { type: 'symlink', linkTarget: 'usr/lib' }), e(0, '/etc/os-release', { type: 'symlink', linkTarget: '../lib/os-release' }), e(0, '/loop1', { type: 'symlink', linkTarget: '/loop2' }), e(0, '/loop2', { type: 'symlink', linkTarget: 'loop1' })]);
    expect(t.resolve('/etc/os-release').path).toBe('/usr/lib/os-release');
    expect(t.resolve('/lib/os-release').node?.type).toBe('file');
    expect(t.resolve('/lib', false).node?.type).toBe('symlink');
    expect(t.resolve('/nope/x').node).toBeUndefined();
    expect(() => t.resolve('/loop1/x')).toThrow(SymlinkLoopError);
  });
  it('lists entries parents first and globs single components', () => {
    const t = build([dir(0, '/usr/local/lib/python3.11/site-packages'), dir(0, '/usr/local/lib/python3.12'), e(0, '/usr/local/lib/other')]);
    const paths = [...t.entries()].map(([p]) => p);
    expect(paths.indexOf('/usr')).toBeLessThan(paths.indexOf('/usr/local'));
    expect(t.glob('/usr/local/lib/python3*')).toEqual(['/usr/local/lib/python3.11', '/usr/local/lib/python3.12']);
    expect(t.glob('/usr/local/lib/python3*/site-packages')).toEqual(['/usr/local/lib/python3.11/site-packages']);
  });
});
