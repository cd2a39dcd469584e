import { describe, expect, it } from 'vitest';
import { isWithin, normalizeEntryPath, parentOf, resolveLinkTarget } from './paths.js';

describe('normalizeEntryPath', () => {
  it('makes tar names absolute', () => {
    expect(normalizeEntryPath('./etc/passwd')).toEqual({ ok: true, path: '/etc/passwd' });
    expect(normalizeEntryPath('opt/airflow/')).toEqual({ ok: true, path: '/opt/airflow' });
    expect(normalizeEntryPath('/usr//bin/./su')).toEqual({ ok: true, path: '/usr/bin/su' });
    expect(normalizeEntryPath('./')).toEqual({ ok: true, path: '/' });
  });
  it('refuses names that escape the root or are hostile', () => {
    expect(normalizeEntryPath('../etc/passwd').ok).toBe(false);
    expect(normalizeEntryPath('a/../../x').ok).toBe(false);
    expect(normalizeEntryPath('a\0b').ok).toBe(false);
    expect(normalizeEntryPath('a/'.repeat(3000)).ok).toBe(false);
  });
});

describe('path helpers', () => {
  it('resolves link targets relative to the link directory, clamped at the root', () => {
    expect(resolveLinkTarget('/usr/bin', '../lib/x')).toBe('/usr/lib/x');
    expect(resolveLinkTarget('/a', '/b/c')).toBe('/b/c');
    expect(resolveLinkTarget('/', '../../../etc')).toBe('/etc');
  });
  it('parentOf and isWithin', () => {
    expect(parentOf('/a/b')).toBe('/a');
    expect(parentOf('/a')).toBe('/');
    expect(isWithin('/tmp/x', '/tmp')).toBe(true);
    expect(isWithin('/tmpx', '/tmp')).toBe(false);
    expect(isWithin('/x', '/')).toBe(true);
  });
});
