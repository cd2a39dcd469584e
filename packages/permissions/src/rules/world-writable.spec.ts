import { describe, expect, it } from 'vitest';
import { run, subject } from '../__fixtures__/subject.js';
import { worldWritable } from './world-writable.js';

describe('world-writable', () => {
  it('allows /tmp contents, sticky directories and symlinks', () => {
    expect(run(worldWritable, subject([{ path: '/tmp/x', mode: 0o666 }, { path: '/var/tmp', type: 'directory', mode: 0o1777 }, { path: '/l', type: 'symlink', mode: 0o777, linkTarget: '/etc' }]))).toEqual([]);
  });
  it('fails world-writable files and non-sticky directories', () => {
    expect(run(worldWritable, subject([{ path: '/etc/x', mode: 0o646 }, { path: '/srv', type: 'directory', mode: 0o777 }])).map((f) => f.properties?.path)).toEqual(['/etc/x', '/srv']);
  });
});
