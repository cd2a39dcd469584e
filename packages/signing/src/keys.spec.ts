import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveKey } from './keys.js';
import { KeyError } from './errors.js';

const PRIV = '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnsibmFtZSI6InNjcnlwdCIsInBhcmFtcyI6eyJOIjo2NTUzNiwiciI6OCwicCI6MX0s\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n';
const PUB = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE0123456789abcdefghijklmnop\n-----END PUBLIC KEY-----\n';

describe('resolveKey', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-keys-'));
  writeFileSync(join(dir, 'cosign.key'), PRIV);
  writeFileSync(join(dir, 'cosign.pub'), PUB);
  writeFileSync(join(dir, 'corrupt.key'), 'not a key\n');
  const env = { COSIGN_PASSWORD: 'hunter2-pw' };

  it('resolves a private key file, with the password and PEM as secrets and the password in env', () => {
    const k = resolveKey('cosign.key', 'private', { cwd: dir, env });
    expect(k).toMatchObject({ kind: 'file', arg: join(dir, 'cosign.key'), env: { COSIGN_PASSWORD: 'hunter2-pw' } });
    expect(k.secrets).toContain('hunter2-pw');
    expect(k.secrets.some((s) => s.includes('eyJrZGYi'))).toBe(true);
    expect(k.arg).not.toContain('BEGIN');
  });
  it('resolves a public key without secrets', () => {
    expect(resolveKey(join(dir, 'cosign.pub'), 'public', { cwd: '/', env: {} })).toMatchObject({ kind: 'file', secrets: [], env: {} });
  });
  it('takes the PEM from env://NAME and passes only the name as the argument', () => {
    const k = resolveKey('env://MY_KEY', 'private', { cwd: dir, env: { ...env, MY_KEY: PRIV } });
    expect(k.arg).toBe('env://MY_KEY');
    expect(k.env.MY_KEY).toBe(PRIV);
    expect(k.secrets).toContain(PRIV.trim());
  });
  it('passes KMS URIs through', () => {
    expect(resolveKey('awskms:///alias/x', 'private', { cwd: dir, env: {} })).toMatchObject({ kind: 'kms', arg: 'awskms:///alias/x' });
  });
  it('gives clear errors that never hold key material', () => {
    const cases: [string, 'private' | 'public', Record<string, string>, RegExp][] = [
      ['missing.key', 'private', env, /no such file/],
      ['corrupt.key', 'private', env, /is not a cosign private key/],
      ['cosign.key', 'public', env, /private key where the public key is expected/],
      ['cosign.key', 'private', {}, /COSIGN_PASSWORD is not set/],
      ['env://NOPE', 'private', env, /NOPE is not set/],
      ['env://bad-name', 'private', env, /valid variable name/],
      ['https://example.invalid/key', 'public', env, /unsupported key scheme/],
    ];
    for (const [ref, use, e, re] of cases) {
      let err: unknown;
      try {
        resolveKey(ref, use, { cwd: dir, env: e });
      } catch (x) {
        err = x;
      }
      expect(err, ref).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toMatch(/eyJrZGYi|hunter2/);
      if (!ref.startsWith('missing')) expect(err).toBeInstanceOf(KeyError);
    }
  });
});
