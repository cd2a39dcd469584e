import { describe, expect, it } from 'vitest';
import { rpmPinned, rpmUnpinned } from './rpm.js';

const vars = { args: new Set(['V']), env: new Map([['E', '1']]) };

describe('rpm versions', () => {
  it('accepts name-version forms, rpm files and known variables', () => {
    expect(['httpd-2.4.6', 'a-1.0-3.el8', 'x.rpm', 'a-${V}', 'a-$E'].map((p) => rpmPinned(p, vars))).toEqual([true, true, true, true, true]);
    expect(['httpd', 'a-b', 'a-${U}'].map((p) => rpmPinned(p, vars))).toEqual([false, false, false]);
  });
  it('checks module streams and skips dnf groups', () => {
    expect(rpmUnpinned({ name: 'dnf', args: ['module', 'install', 'nodejs:18'] }, vars, true)).toBe(false);
    expect(rpmUnpinned({ name: 'dnf', args: ['module', 'install', 'nodejs'] }, vars, true)).toBe(true);
    expect(rpmUnpinned({ name: 'dnf', args: ['group', 'install', 'dev'] }, vars, true)).toBe(false);
  });
});
