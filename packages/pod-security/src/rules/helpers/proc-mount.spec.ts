import { describe, expect, it } from 'vitest';
import { procMountCheck } from './proc-mount.js';

describe('procMountCheck', () => {
  const pod = (hostUsers?: boolean) => ({ annotations: {}, spec: { ...(hostUsers === undefined ? {} : { hostUsers }), containers: [{ name: 'a', securityContext: { procMount: 'Unmasked' } }] } });
  it('exempts user-namespace pods only when asked', () => {
    expect(procMountCheck(true)(pod(false))).toBeUndefined();
    expect(procMountCheck(false)(pod(false))?.detail).toBe('container "a" must not set securityContext.procMount to "Unmasked"');
    expect(procMountCheck(true)(pod(true))?.fields).toEqual([{ path: ['spec', 'containers', 0, 'securityContext', 'procMount'], container: 'a' }]);
  });
});
