import { describe, expect, it } from 'vitest';
import { buildSignArgs, buildVerifyArgs, noTlogSignFlags, parseCapabilities, registryFlags } from './cosign-args.js';
import { parseImageRef } from './image-ref.js';
import { SigningError } from './errors.js';

// Flag lines as cosign 2.5.0 (Debian trixie) and 3.1.1 (Debian sid) print them in `sign --help` / `verify --help`.
const V2_SIGN = `  cosign sign --key cosign.key --tlog-upload=false <IMAGE DIGEST>\n    --allow-http-registry=false:\n    --allow-insecure-registry=false:\n    --tlog-upload=true:\n\twhether or not to upload to the tlog\n    -y, --yes=false:\n`;
const V3_SIGN = `  cosign sign --key cosign.key --tlog-upload=false <IMAGE DIGEST>\n    --allow-http-registry=false:\n    --allow-insecure-registry=false:\n    --signing-config='':\n    --use-signing-config=true:\n    -y, --yes=false:\n`;
const VERIFY = `    --allow-http-registry=false:\n    --allow-insecure-registry=false:\n    --insecure-ignore-tlog=false:\n    --use-signed-timestamps=false:\n`;
const D = `sha256:${'c'.repeat(64)}`;

describe('capabilities', () => {
  it('tells 2.x from 3.x by the flags sign offers, not by the version', () => {
    const v2 = parseCapabilities(V2_SIGN, VERIFY);
    const v3 = parseCapabilities(V3_SIGN, VERIFY);
    expect(v2).toMatchObject({ signingConfig: false, tlogUploadListed: true, yes: true, ignoreTlog: true });
    expect(v3).toMatchObject({ signingConfig: true, tlogUploadListed: false, yes: true });
    expect(noTlogSignFlags(v2)).toEqual(['--tlog-upload=false']);
    expect(noTlogSignFlags(v3)).toEqual(['--use-signing-config=false', '--tlog-upload=false']);
  });
  it('refuses a cosign that cannot be kept off the transparency log', () => {
    expect(() => noTlogSignFlags(parseCapabilities('  --key=\n', VERIFY))).toThrow(SigningError);
  });
});

describe('arguments', () => {
  const v3 = parseCapabilities(V3_SIGN, VERIFY);
  const img = parseImageRef(`registry.internal:5000/team/app:1.0@${D}`);
  it('signs by digest with the key path and no secret', () => {
    expect(buildSignArgs('/k/cosign.key', img, v3, { timeoutSeconds: 60 })).toEqual([
      'sign', '--key', '/k/cosign.key', '--use-signing-config=false', '--tlog-upload=false', '--yes', '--timeout=60s', `registry.internal:5000/team/app@${D}`,
    ]);
  });
  it('never signs or verifies a tag', () => {
    expect(() => buildSignArgs('/k', parseImageRef('a/b:1'), v3, { timeoutSeconds: 1 })).toThrow(/by digest/);
    expect(() => buildVerifyArgs('/k', parseImageRef('a/b:1'), v3, { timeoutSeconds: 1 })).toThrow(/digest/);
  });
  it('verifies without tlog and signed timestamps', () => {
    expect(buildVerifyArgs('/k/cosign.pub', img, v3, { timeoutSeconds: 30 })).toEqual([
      'verify', '--key', '/k/cosign.pub', '--insecure-ignore-tlog=true', '--use-signed-timestamps=false', '--output=json', '--timeout=30s', `registry.internal:5000/team/app@${D}`,
    ]);
  });
  it('allows an insecure registry only when it is listed', () => {
    expect(registryFlags(img, v3, {})).toEqual([]);
    expect(registryFlags(img, v3, { insecureRegistries: ['other:5000'] })).toEqual([]);
    expect(registryFlags(img, v3, { insecureRegistries: ['registry.internal:5000'] })).toEqual(['--allow-insecure-registry=true', '--allow-http-registry=true']);
    expect(registryFlags(img, v3, { insecureRegistries: ['registry.internal'] })).toHaveLength(2);
    // loopback registries need no flag: cosign's client falls back to HTTP for them itself
    expect(registryFlags(parseImageRef(`127.0.0.1:5000/a@${D}`), v3, {})).toEqual([]);
  });
});
