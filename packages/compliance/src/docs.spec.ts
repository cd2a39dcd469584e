import { describe, expect, it } from 'vitest';
import { CHECKS_BY_ID } from './checks/index.js';
import { renderCheckDoc } from './docs.js';

describe('renderCheckDoc', () => {
  it('documents id, target, default and messages', () => {
    const doc = renderCheckDoc(CHECKS_BY_ID.get('container-seccomp-profile')!);
    expect(doc).toMatch(/^# container-seccomp-profile$/m);
    expect(doc).toMatch(/Default \| no \(optional/);
    expect(doc).toContain('- The pod has not configured Seccomp for its containers');
  });
});
