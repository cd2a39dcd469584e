import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImageRefError } from './errors.js';
import { verifyImage } from './verify.js';

// A stand-in cosign that answers like cosign 2.5 does for an image without signatures.
const dir = mkdtempSync(join(tmpdir(), 'fc-verify-'));
const fake = join(dir, 'cosign');
writeFileSync(
  fake,
  `#!/bin/sh
case "$1" in version) echo "GitVersion: v2.5.0"; exit 0;; esac
if [ "$2" = "--help" ]; then printf '    --tlog-upload=true:\\n    -y, --yes=false:\\n    --insecure-ignore-tlog=false:\\n'; exit 0; fi
case "$1" in
  verify) echo "Error: no signatures found" >&2; exit 10;;
  tree) echo "No Supply Chain Security Related Artifacts found for image"; exit 0;;
  triangulate) echo "127.0.0.1:5000/a:sha256-${'b'.repeat(64)}.sig"; exit 0;;
esac
exit 3
`,
);
chmodSync(fake, 0o755);
writeFileSync(join(dir, 'k.pub'), '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n');
const base = { cwd: dir, env: { PATH: process.env.PATH }, cosignPath: fake, key: 'k.pub' };

describe('verifyImage', () => {
  it('maps exit 10 to signature-missing', async () => {
    const report = await verifyImage({ ...base, image: `127.0.0.1:5000/a@sha256:${'a'.repeat(64)}` });
    expect(report.results[0]).toMatchObject({ check: 'verify-signature', engine: 'cosign', engineVersion: 'v2.5.0 (legacy flags (cosign 2.x))' });
    expect(report.results[0]!.findings.map((f) => f.ruleId)).toEqual(['signature-missing']);
  });
  it('resolves a tag and says so', async () => {
    const report = await verifyImage({ ...base, image: '127.0.0.1:5000/a:1' });
    expect(report.results[0]!.notices![0]!.message).toContain(`sha256:${'b'.repeat(64)}`);
  });
  it('rejects a bad reference before running anything', async () => {
    await expect(verifyImage({ ...base, image: 'Bad Ref' })).rejects.toBeInstanceOf(ImageRefError);
  });
});
