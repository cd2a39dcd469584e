import { describe, expect, it } from 'vitest';
import { seccompFields, validSeccomp } from './seccomp.js';

describe('seccompFields', () => {
  it('knows the valid types', () => {
    expect(validSeccomp('RuntimeDefault') && validSeccomp('Localhost')).toBe(true);
    expect(validSeccomp('Unconfined') || validSeccomp(undefined)).toBe(false);
  });
  it('requires a type only in the restricted form', () => {
    const pod = { annotations: {}, spec: { containers: [{ name: 'a' }] } };
    expect(seccompFields(pod, false)).toBeUndefined();
    expect(seccompFields(pod, true)?.detail).toBe('pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"');
  });
  it('reports an empty type as ""', () => {
    const pod = { annotations: {}, spec: { securityContext: { seccompProfile: {} } } };
    expect(seccompFields(pod, false)?.detail).toBe('pod must not set securityContext.seccompProfile.type to ""');
  });
});
