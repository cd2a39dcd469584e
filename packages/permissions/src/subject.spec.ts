import { describe, expect, it } from 'vitest';
import { FileTree } from '@flightcheck/oci';
import { isCaptured, nodeFacts, resolveIn } from './subject.js';

describe('subject helpers', () => {
  it('captures only account files and dpkg lists', () => {
    expect(isCaptured('/etc/passwd')).toBe(true);
    expect(isCaptured('/var/lib/dpkg/info/python3.list')).toBe(true);
    expect(isCaptured('/etc/shadow')).toBe(false);
  });
  it('resolves loops to an error string and names facts', () => {
    const t = new FileTree();
    t.add({ layer: 0, layerDigest: 'sha256:x', path: '/a', type: 'symlink', linkTarget: '/a', mode: 0o777, uid: 0, gid: 0, size: 0 });
    t.finish();
    expect(resolveIn(t, '/a').loop).toMatch(/loop/);
    expect(nodeFacts({ layerCommands: ['RUN x'] }, '/a', t.lookup('/a')!).properties).toMatchObject({ createdBy: 'RUN x', mode: '0777' });
  });
});
