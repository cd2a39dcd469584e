import { describe, expect, it } from 'vitest';
import { run, subject } from '../__fixtures__/subject.js';
import { ownedDirectories } from './owned-directories.js';

describe('owned-directories', () => {
  it('passes owned, non-world-writable directories', () => expect(run(ownedDirectories, subject())).toEqual([]));
  it('fails missing, foreign-owned and world-writable ones', () => {
    const s = subject([{ path: '/opt/airflow/.local', type: 'directory', uid: 0, mode: 0o777, layer: 1 }]);
    expect(run(ownedDirectories, s).map((f) => f.message)).toEqual([expect.stringMatching(/not owned by UID 50000/), expect.stringMatching(/world-writable/)]);
    expect(run(ownedDirectories, subject([{ path: '/opt/airflow/.local/.wh..wh..opq', layer: 1, whiteout: { kind: 'file', target: '/opt/airflow/.local' } }]))[0]!.message).toMatch(/does not exist/);
  });
});
