import { describe, expect, it } from 'vitest';
import { sign, verifySignature } from './signing.js';

describe('signing targets', () => {
  it('keep sign (needs a key) out of security and uncached, after scan and permissions', () => {
    expect(sign.security).toBe(false);
    expect(sign.extra?.cache).toBe(false);
    expect(sign.dependsOn).toEqual(['image-scan', 'permissions']);
  });
  it('make verify-signature a security check with the public key as input', () => {
    expect(verifySignature.security).toBe(true);
    expect(verifySignature.inputs({ name: 'a', root: 'images/a', kind: 'images', workspaceRoot: '/ws' })).toContain('{workspaceRoot}/cosign.pub');
  });
});
