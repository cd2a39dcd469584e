import { describe, expect, it } from 'vitest';
import { permissions } from './permissions.js';

describe('permissions target', () => {
  it('verifies the built image', () => {
    expect(permissions.executor).toBe('@flightcheck/permissions:verify');
    expect(permissions.dependsOn).toEqual(['image-build']);
    expect(permissions.security).toBe(true);
  });
});
