import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReport } from '@flightcheck/core';
import executor from './executor.js';

function root(files: Record<string, unknown>): string {
  const r = mkdtempSync(join(tmpdir(), 'fc-sign-exec-'));
  const dir = join(r, 'dist', 'flightcheck', 'app-image');
  mkdirSync(dir, { recursive: true });
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), JSON.stringify(c));
  return r;
}
const ok = createReport([{ check: 'x', target: 'img', engine: 'builtin', findings: [] }]);
const quiet = { log: () => {} };

describe('@flightcheck/signing:sign', () => {
  it('refuses (success false, reason in sign.json) when permissions did not run', async () => {
    const r = root({ 'image.json': { reference: '127.0.0.1:1/app:1' }, 'image-scan.json': ok });
    const out = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      expect((await executor({ key: 'cosign.key' }, { root: r, projectName: 'app-image', targetName: 'sign' })).success).toBe(false);
    } finally {
      process.stdout.write = out;
    }
    const report = JSON.parse(readFileSync(join(r, 'dist', 'flightcheck', 'app-image', 'sign.json'), 'utf8'));
    expect(report.results[0].error).toMatch(/permissions: no report/);
    expect(existsSync(join(r, 'dist', 'flightcheck', 'app-image', 'signature.json'))).toBe(false);
    void quiet;
  });
  it('refuses without a key once the gate passed', async () => {
    const r = root({ 'image.json': { reference: '127.0.0.1:1/app:1' }, 'image-scan.json': ok, 'permissions.json': ok });
    const out = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    const saved = { k: process.env.FLIGHTCHECK_SIGNING_KEY, p: process.env.COSIGN_PRIVATE_KEY };
    delete process.env.FLIGHTCHECK_SIGNING_KEY;
    delete process.env.COSIGN_PRIVATE_KEY;
    try {
      expect((await executor({}, { root: r, projectName: 'app-image', targetName: 'sign' })).success).toBe(false);
    } finally {
      process.stdout.write = out;
      if (saved.k !== undefined) process.env.FLIGHTCHECK_SIGNING_KEY = saved.k;
      if (saved.p !== undefined) process.env.COSIGN_PRIVATE_KEY = saved.p;
    }
    expect(readFileSync(join(r, 'dist', 'flightcheck', 'app-image', 'sign.json'), 'utf8')).toMatch(/no signing key/);
  });
});
