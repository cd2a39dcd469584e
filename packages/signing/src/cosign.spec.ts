import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ToolNotFoundError } from '@flightcheck/core';
import { cosignSign, cosignVerify, describeCosign, openCosign, setupCosignPath } from './cosign.js';
import { parseImageRef } from './image-ref.js';
import { resolveKey } from './keys.js';

// A stand-in cosign that records its arguments and environment, then fails while echoing the secret
// it was given, the way a careless tool might: the adapter must redact it.
const dir = mkdtempSync(join(tmpdir(), 'fc-fake-cosign-'));
const fake = join(dir, 'cosign');
writeFileSync(
  fake,
  `#!/bin/sh
case "$1" in
  version) echo "GitVersion:    devel"; exit 0;;
esac
if [ "$2" = "--help" ]; then
  printf '    --use-signing-config=true:\\n    -y, --yes=false:\\n    --insecure-ignore-tlog=false:\\n    --use-signed-timestamps=false:\\n'
  exit 0
fi
printf '%s\\n' "$@" > "${dir}/args"
echo "pw=$COSIGN_PASSWORD" > "${dir}/env"
echo "Error: decrypt: encrypted: decryption failed for $COSIGN_PASSWORD" >&2
exit 1
`,
);
chmodSync(fake, 0o755);
const PRIV = '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnsibmFtZSI6InNjcnlwdCJ9fQ==\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n';
writeFileSync(join(dir, 'k.key'), PRIV);
const D = `sha256:${'d'.repeat(64)}`;

describe('cosign adapter (fake binary)', () => {
  it('reads capabilities and version', async () => {
    const c = await openCosign({ cosignPath: fake });
    expect(describeCosign(c)).toBe('devel (signing-config flags (cosign 3.x or 2.6+))');
  });
  it('passes the password through the environment only and redacts it from errors', async () => {
    const password = 'sup3r-secret-password';
    const env = { PATH: process.env.PATH, COSIGN_PASSWORD: password };
    const c = await openCosign({ cosignPath: fake, env });
    const key = resolveKey(join(dir, 'k.key'), 'private', { cwd: dir, env });
    const err = await cosignSign(c, key, parseImageRef(`127.0.0.1:5000/a@${D}`)).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/COSIGN_PASSWORD/);
    expect((err as Error).message).not.toContain(password);
    const args = readFileSync(join(dir, 'args'), 'utf8');
    expect(args).not.toContain(password);
    expect(args).not.toContain('BEGIN');
    expect(args.split('\n')).toEqual(expect.arrayContaining(['sign', '--use-signing-config=false', '--tlog-upload=false', `127.0.0.1:5000/a@${D}`]));
    expect(readFileSync(join(dir, 'env'), 'utf8')).toBe(`pw=${password}\n`);
  });
  it('does not leak the caller\'s COSIGN_PASSWORD into a verify call', async () => {
    const c = await openCosign({ cosignPath: fake, env: { PATH: process.env.PATH, COSIGN_PASSWORD: 'leaky-password' } });
    writeFileSync(join(dir, 'k.pub'), '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n');
    const verdict = await cosignVerify(c, resolveKey(join(dir, 'k.pub'), 'public', { cwd: dir, env: {} }), parseImageRef(`127.0.0.1:5000/a@${D}`));
    expect(verdict.kind).toBe('error');
    expect(readFileSync(join(dir, 'env'), 'utf8')).toBe('pw=\n');
  });
  it('says how to install cosign when it is missing', async () => {
    await expect(openCosign({ cosignPath: join(dir, 'missing') })).rejects.toBeInstanceOf(ToolNotFoundError);
  });
});

describe('finding cosign', () => {
  it('looks where the set-up script installs it', () => {
    expect(setupCosignPath({ FLIGHTCHECK_CACHE_DIR: '/c' })).toBe('/c/bin/cosign');
    expect(setupCosignPath({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/flightcheck/bin/cosign');
    expect(setupCosignPath({ HOME: '/h' })).toBe('/h/.cache/flightcheck/bin/cosign');
  });

  it('falls back to the set-up location when cosign is not on PATH', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'fc-cosign-cache-'));
    mkdirSync(join(cache, 'bin'));
    writeFileSync(join(cache, 'bin/cosign'), readFileSync(fake));
    chmodSync(join(cache, 'bin/cosign'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const c = await openCosign({ env: { FLIGHTCHECK_CACHE_DIR: cache, PATH: path } });
      expect(c.tool.path).toBe(join(cache, 'bin/cosign'));
      await expect(openCosign({ env: { FLIGHTCHECK_CACHE_DIR: join(cache, 'none'), PATH: path } })).rejects.toBeInstanceOf(ToolNotFoundError);
    } finally {
      process.env.PATH = path;
    }
  });
});
