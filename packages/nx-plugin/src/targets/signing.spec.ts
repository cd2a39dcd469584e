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
    expect(verifySignature.inputs({ name: 'a', root: 'manifests/a', kind: 'manifests', workspaceRoot: '/ws' })).toContain('{workspaceRoot}/cosign.pub');
  });
  it('verify-signature checks the digests a manifests project pins (the PR image is not signed yet), uncached', () => {
    const p = { name: 'a', root: 'manifests/a', kind: 'manifests' as const, workspaceRoot: '/ws' };
    expect(verifySignature.appliesTo).toBe('manifests');
    expect(verifySignature.options(p)).toEqual({ mode: 'manifests', manifests: ['manifests/a'] });
    expect(verifySignature.inputs(p)).toContain('{projectRoot}/**/*.yaml');
    expect(verifySignature.extra?.cache).toBe(false);
    expect(sign.extra?.outputs).toContain('{workspaceRoot}/dist/flightcheck/{projectName}/signature.json');
  });
});
