import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findWorkspaceRoot, signingPolicy } from './policy.js';

describe('signing policy', () => {
  it('defaults to cosign.pub at the root', () => {
    const r = mkdtempSync(join(tmpdir(), 'fc-pol-'));
    expect(signingPolicy(r)).toEqual({ publicKey: join(r, 'cosign.pub'), insecureRegistries: [], repositories: [], failOn: 'high' });
  });
  it('reads checks.signing and finds the root from a sub-folder', () => {
    const r = mkdtempSync(join(tmpdir(), 'fc-pol-'));
    writeFileSync(join(r, 'flightcheck.yaml'), 'failOn: critical\nchecks:\n  signing:\n    publicKey: keys/k.pub\n    insecureRegistries: [registry.internal:5000]\n    repositories: [ghcr.io/example/**]\n');
    mkdirSync(join(r, 'a', 'b'), { recursive: true });
    expect(findWorkspaceRoot(join(r, 'a', 'b'))).toBe(r);
    expect(signingPolicy(r)).toEqual({ publicKey: join(r, 'keys/k.pub'), insecureRegistries: ['registry.internal:5000'], repositories: ['ghcr.io/example/**'], failOn: 'critical' });
  });
  it('passes KMS URIs through and rejects bad values', () => {
    const r = mkdtempSync(join(tmpdir(), 'fc-pol-'));
    writeFileSync(join(r, 'flightcheck.yaml'), 'checks:\n  signing:\n    publicKey: gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k\n');
    expect(signingPolicy(r).publicKey).toBe('gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k');
    writeFileSync(join(r, 'flightcheck.yaml'), 'checks:\n  signing:\n    insecureRegistries: yes\n');
    expect(() => signingPolicy(r)).toThrow(/insecureRegistries/);
  });
});
