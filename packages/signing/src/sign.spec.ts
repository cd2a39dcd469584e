import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImageRefError, KeyError } from './errors.js';
import { signImage } from './sign.js';

describe('signImage input checks (before any process runs)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'fc-sign-'));
  it('rejects a bad reference', async () => {
    await expect(signImage({ image: 'NOT/valid', key: 'k', cwd, env: {} })).rejects.toBeInstanceOf(ImageRefError);
  });
  it('rejects a missing key before contacting anything', async () => {
    await expect(signImage({ image: `127.0.0.1:1/a@sha256:${'a'.repeat(64)}`, key: 'missing.key', cwd, env: { COSIGN_PASSWORD: 'x' } })).rejects.toThrow(/missing.key: no such file/);
    await expect(signImage({ image: `127.0.0.1:1/a@sha256:${'a'.repeat(64)}`, key: 'env://UNSET_VAR', cwd, env: { COSIGN_PASSWORD: 'x' } })).rejects.toBeInstanceOf(KeyError);
  });
});
