import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import executor from './executor.js';

const PUB = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n';

function workspace(files: Record<string, string>): string {
  const r = mkdtempSync(join(tmpdir(), 'fc-verify-exec-'));
  for (const [n, c] of Object.entries(files)) {
    mkdirSync(join(r, n, '..'), { recursive: true });
    writeFileSync(join(r, n), c);
  }
  return r;
}

async function run(r: string, options = {}) {
  const out = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    const { success } = await executor(options, { root: r, projectName: 'app-image', targetName: 'verify-signature' });
    return { success, report: JSON.parse(readFileSync(join(r, 'dist', 'flightcheck', 'app-image', 'verify-signature.json'), 'utf8')) };
  } finally {
    process.stdout.write = out;
  }
}

describe('@flightcheck/signing:verify', () => {
  it('fails closed when there is no manifest to verify', async () => {
    const { success, report } = await run(workspace({ 'cosign.pub': PUB }));
    expect(success).toBe(false);
    expect(report.results[0].error).toMatch(/manifests: no such file/);
  });
  it('fails closed when the manifests hold no image', async () => {
    const { success, report } = await run(workspace({ 'cosign.pub': PUB, 'manifests/app/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n' }));
    expect(success).toBe(false);
    expect(report.results.at(-1).error).toMatch(/no container image/);
  });
  it('fails when the public key is missing', async () => {
    const { success, report } = await run(workspace({ 'manifests/app/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: a:1}]}\n' }));
    expect(success).toBe(false);
    expect(report.results[0].error).toMatch(/cosign.pub: no such file/);
  });
  it('fails on an image pinned by tag only', async () => {
    const { success, report } = await run(workspace({ 'cosign.pub': PUB, 'manifests/app/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: a:1}]}\n' }));
    expect(success).toBe(false);
    expect(report.results[0].findings[0]).toMatchObject({ ruleId: 'image-not-pinned', location: { file: 'manifests/app/pod.yaml', line: 4 } });
  });
  it('takes the public key from the policy', async () => {
    const r = workspace({ 'flightcheck.yaml': 'checks:\n  signing:\n    publicKey: keys/release.pub\n', 'manifests/app/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: a:1}]}\n' });
    const { report } = await run(r);
    expect(report.results[0].error).toMatch(/keys\/release.pub: no such file/);
  });
  it('image mode: an image that was never pushed has no digest to verify', async () => {
    const r = workspace({ 'cosign.pub': PUB, 'dist/flightcheck/app-image/image.json': JSON.stringify({ reference: 'app:dev' }) });
    const { success, report } = await run(r, { mode: 'image' });
    expect(success).toBe(false);
    expect(report.results[0].error).toMatch(/has no digest in docker.io\/library\/app \(not pushed\)/);
  });
});
