// Integration: real cosign (every binary found: Debian trixie 2.x and sid 3.x), a real registry on
// 127.0.0.1 (Debian's docker-registry through tools/lib/registry.mjs), real images pushed by the engine.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failed, ToolNotFoundError, type Report } from '@flightcheck/core';
import { main } from '@flightcheck/cli';
import signExecutor from '../src/executors/sign/executor.js';
import verifyExecutor from '../src/executors/verify/executor.js';
import { ImageRefError, KeyError, openCosign, signImage, SigningError, verifyImage, verifyManifests } from '@flightcheck/signing';
import { cosignBinaries, DOCKER, generateKeyPair, importImage, pushImage, startBlackHole, tamperSignatures } from './helpers.js';

// @ts-expect-error plain JavaScript module of the workspace's setup tools
import { startRegistry } from '../../../tools/lib/registry.mjs';

const BINS = cosignBinaries();
const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const CLI_PLUGIN = { packageName: '@flightcheck/signing', module: fileURLToPath(new URL('../src/cli.ts', import.meta.url)) };

let registry: { url: string; host: string; stop(): Promise<void> };

function ids(report: Report): string[] {
  return report.results.flatMap((r) => r.findings.map((f) => `${f.status}:${f.ruleId}`));
}

async function cli(argv: string[], env: Record<string, string | undefined>, cwd: string) {
  let stdout = '';
  let stderr = '';
  const io = { cwd, env, isTTY: false, stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => '' };
  const code = await main(argv, { io, plugins: [CLI_PLUGIN] });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  execFileSync(DOCKER, ['info'], { stdio: 'ignore', timeout: 30_000 });
  registry = await startRegistry();
});

afterAll(async () => {
  if (registry) {
    // the test images (tagged or only digested) of this run's registry
    const lines = execFileSync(DOCKER, ['images', '--format', '{{.Repository}} {{.ID}}'], { encoding: 'utf8' }).split('\n');
    const ours = [...new Set(lines.filter((l) => l.startsWith(`${registry.host}/`)).map((l) => l.split(' ')[1]!))];
    if (ours.length) execFileSync(DOCKER, ['rmi', '-f', ...ours], { stdio: 'ignore' });
  }
  await registry?.stop();
});

it('finds at least one cosign to test', () => {
  expect(BINS.length, 'no cosign: run `node tools/setup.mjs --only cosign`').toBeGreaterThan(0);
});

describe.each(BINS)('$label', ({ label, path }) => {
  const v = label.startsWith('cosign-3') ? 'v3' : 'v2';
  const dir = mkdtempSync(join(tmpdir(), `fc-signing-${v}-`));
  const env = { ...process.env, COSIGN_PASSWORD: PASSWORD, COSIGN_BIN: undefined };
  const base = () => ({ cwd: dir, env, cosignPath: path, timeoutSeconds: 60 });
  let keys: { key: string; pub: string };
  let other: { key: string; pub: string };
  let repo: string;
  let signed: string;

  beforeAll(() => {
    keys = generateKeyPair(path, dir, 'cosign', PASSWORD);
    other = generateKeyPair(path, dir, 'other', PASSWORD);
    repo = `${registry.host}/fc-test/app-${v}`;
  });

  it('tells the flags apart by what `cosign sign --help` offers', async () => {
    const c = await openCosign({ cosignPath: path });
    expect(c.caps.signingConfig).toBe(v === 'v3');
    expect(c.caps.ignoreTlog).toBe(true);
  });

  it('signs a local image by digest (pushing it first) and records the signature', async () => {
    importImage(`${repo}:v1`, 'first content');
    const record = join(dir, 'dist', 'signature.json');
    const rec = await signImage({ ...base(), image: `${repo}:v1`, key: keys.key, recordFile: record });
    expect(rec.image).toMatch(new RegExp(`^${repo.replace(/\./g, '\\.')}@sha256:[a-f0-9]{64}$`));
    expect(rec.signatures.length).toBeGreaterThan(0);
    expect(rec.signatures.map((s) => s.kind)).toContain(v === 'v3' ? 'referrer' : 'signature-tag');
    const text = readFileSync(record, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('PRIVATE KEY');
    signed = rec.digest;
  });

  it('verifies against the repository key', async () => {
    const report = await verifyImage({ ...base(), image: `${repo}@${signed}`, key: keys.pub });
    expect(report.results[0]!.error).toBeUndefined();
    expect(ids(report)).toEqual(['pass:signature-verified']);
    expect(failed(report, 'info')).toBe(false);
    const run = await cli(['verify', '--image', `${repo}@${signed}`, '--key', keys.pub, '--cosign', path, '-f', 'json'], env, dir);
    expect(run.code, run.stderr).toBe(0);
  });

  it('(a) fails with a different key', async () => {
    const report = await verifyImage({ ...base(), image: `${repo}@${signed}`, key: other.pub });
    expect(ids(report)).toEqual(['fail:signature-mismatch']);
    const f = report.results[0]!.findings[0]!;
    expect(f.message).toContain(other.pub);
    const run = await cli(['verify', '--image', `${repo}@${signed}`, '--key', other.pub, '--cosign', path], env, dir);
    expect(run.code).toBe(1);
  });

  it('(b) a re-pushed tag with other content fails verification by digest; tag and digest that disagree are caught', async () => {
    importImage(`${repo}:v1`, 'second content');
    const moved = pushImage(`${repo}:v1`);
    expect(moved).not.toBe(signed);
    expect(ids(await verifyImage({ ...base(), image: `${repo}@${moved}`, key: keys.pub }))).toEqual(['fail:signature-missing']);
    const byTag = await verifyImage({ ...base(), image: `${repo}:v1`, key: keys.pub });
    expect(ids(byTag)).toEqual(['fail:signature-missing']);
    expect(byTag.results[0]!.notices?.[0]?.message).toContain(moved);
    const both = await verifyImage({ ...base(), image: `${repo}:v1@${signed}`, key: keys.pub });
    expect(ids(both)).toEqual(['fail:image-reference-conflict', 'pass:signature-verified']);
    await expect(signImage({ ...base(), image: `${repo}:v1@${signed}`, key: keys.key })).rejects.toThrow(/disagree/);
    await expect(signImage({ ...base(), image: `${repo}:v1@${signed}`, key: keys.key })).rejects.toBeInstanceOf(ImageRefError);
  });

  it('(c) an unsigned image fails', async () => {
    const ref = `${registry.host}/fc-test/unsigned-${v}:v1`;
    importImage(ref, `unsigned ${v}`);
    const digest = pushImage(ref);
    const report = await verifyImage({ ...base(), image: `${registry.host}/fc-test/unsigned-${v}@${digest}`, key: keys.pub });
    expect(ids(report)).toEqual(['fail:signature-missing']);
    expect(report.results[0]!.findings[0]!.message).toMatch(/no signatures found/);
  });

  it('(d) a tampered signature fails', async () => {
    const ref = `${registry.host}/fc-test/tamper-${v}:v1`;
    importImage(ref, `tamper ${v}`);
    const rec = await signImage({ ...base(), image: ref, key: keys.key });
    const pinned = `${registry.host}/fc-test/tamper-${v}@${rec.digest}`;
    expect(ids(await verifyImage({ ...base(), image: pinned, key: keys.pub }))).toEqual(['pass:signature-verified']);
    expect(await tamperSignatures(registry.url, `fc-test/tamper-${v}`, rec.digest)).toBeGreaterThan(0);
    const report = await verifyImage({ ...base(), image: pinned, key: keys.pub });
    expect(ids(report)).toEqual(['fail:signature-mismatch']);
  });

  it('verify-manifests: a tag-only image fails, a signed digest passes', async () => {
    const mdir = join(dir, 'manifests');
    mkdirSync(mdir, { recursive: true });
    const pod = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}\n`;
    writeFileSync(join(mdir, 'tag.yaml'), pod(`${repo}:v1`));
    writeFileSync(join(mdir, 'signed.yaml'), pod(`${repo}@${signed}`));
    const tagOnly = await verifyManifests({ ...base(), paths: [join(mdir, 'tag.yaml')], key: keys.pub });
    expect(ids(tagOnly)).toEqual(['fail:image-not-pinned']);
    expect(tagOnly.results[0]!.findings[0]).toMatchObject({ location: { line: 8 }, object: { kind: 'Pod', name: 'p' } });
    const ok = await verifyManifests({ ...base(), paths: [join(mdir, 'signed.yaml')], key: keys.pub });
    expect(ids(ok)).toEqual(['pass:signature-verified']);
    expect(failed(ok, 'info')).toBe(false);
    const run = await cli(['verify-manifests', mdir, '--key', keys.pub, '--cosign', path], env, dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('image-not-pinned');
    // a third-party image outside the signed repositories: pinning only, never contacted
    const third = `${registry.host}/third/party@sha256:${'0'.repeat(64)}`;
    writeFileSync(join(mdir, 'mixed.yaml'), `${pod(`${repo}@${signed}`)}---\n${pod(third)}`);
    const scoped = await verifyManifests({ ...base(), paths: [join(mdir, 'mixed.yaml')], key: keys.pub, repositories: [repo] });
    expect(ids(scoped)).toEqual(['pass:signature-verified']);
    expect(scoped.results.find((r) => r.target === third)?.notices?.[0]?.message).toMatch(/not verified/);
    const strict = await verifyManifests({ ...base(), paths: [join(mdir, 'mixed.yaml')], key: keys.pub });
    // cosign looks for the signature, not the image: a digest that does not exist reads as unsigned
    expect(ids(strict)).toEqual(['pass:signature-verified', 'fail:signature-missing']);
  });

  it('executors: sign after passing checks writes signature.json; verify-signature passes on the signed digest', async () => {
    const root = mkdtempSync(join(tmpdir(), `fc-ws-${v}-`));
    const out = join(root, 'dist', 'flightcheck', 'app-image');
    mkdirSync(out, { recursive: true });
    const ref = `${registry.host}/fc-test/exec-${v}:v1`;
    importImage(ref, `executor ${v}`);
    const pass = JSON.stringify({ schemaVersion: '1.0.0', tool: { name: 'flightcheck', version: '0.1.0' }, results: [{ check: 'x', target: ref, engine: 'builtin', findings: [] }] });
    writeFileSync(join(out, 'image.json'), JSON.stringify({ reference: ref }));
    writeFileSync(join(out, 'image-scan.json'), pass);
    writeFileSync(join(out, 'permissions.json'), pass);
    const ctx = { root, projectName: 'app-image' };
    const saved = process.env.COSIGN_PASSWORD;
    const write = process.stdout.write;
    process.env.COSIGN_PASSWORD = PASSWORD;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      expect((await signExecutor({ key: keys.key, cosignPath: path }, { ...ctx, targetName: 'sign' })).success).toBe(true);
      const record = JSON.parse(readFileSync(join(out, 'signature.json'), 'utf8'));
      expect(record).toMatchObject({ schemaVersion: '1', repository: `${registry.host}/fc-test/exec-${v}`, transparencyLog: false });
      writeFileSync(join(root, 'cosign.pub'), readFileSync(keys.pub));
      mkdirSync(join(root, 'manifests', 'app'), { recursive: true });
      writeFileSync(join(root, 'manifests', 'app', 'pod.yaml'), `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: c, image: "${record.image}"}\n`);
      expect((await verifyExecutor({ cosignPath: path }, { ...ctx, targetName: 'verify-signature' })).success).toBe(true);
      writeFileSync(join(root, 'cosign.pub'), readFileSync(other.pub));
      expect((await verifyExecutor({ cosignPath: path }, { ...ctx, targetName: 'verify-signature' })).success).toBe(false);
      // a failing scan written after the build blocks the next signing
      writeFileSync(join(out, 'image-scan.json'), pass.replace('"findings":[]', '"findings":[{"ruleId":"CVE-1","severity":"critical","status":"fail","message":"x"}]'));
      expect((await signExecutor({ key: keys.key, cosignPath: path }, { ...ctx, targetName: 'sign' })).success).toBe(false);
      expect(readFileSync(join(out, 'sign.json'), 'utf8')).toMatch(/image-scan: did not pass/);
    } finally {
      process.stdout.write = write;
      if (saved === undefined) delete process.env.COSIGN_PASSWORD;
      else process.env.COSIGN_PASSWORD = saved;
    }
  });

  it('wrong password: a clear error, and neither the password nor the key in any output', async () => {
    const wrong = `wrong-${randomBytes(8).toString('hex')}`;
    const pem = readFileSync(keys.key, 'utf8');
    const pemBody = pem.split('\n').filter((l) => l && !l.startsWith('-----'));
    await expect(signImage({ ...base(), env: { ...env, COSIGN_PASSWORD: wrong }, image: `${repo}@${signed}`, key: keys.key })).rejects.toThrow(/COSIGN_PASSWORD/);
    const envKey = { ...env, COSIGN_PASSWORD: wrong, FC_TEST_KEY: pem };
    for (const key of [keys.key, 'env://FC_TEST_KEY']) {
      const run = await cli(['sign', '--image', `${repo}@${signed}`, '--key', key, '--cosign', path, '--verbose'], envKey, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/could not be decrypted/);
      for (const out of [run.stdout, run.stderr]) {
        expect(out).not.toContain(wrong);
        expect(out).not.toContain(PASSWORD);
        for (const line of pemBody) expect(out).not.toContain(line);
      }
    }
  });

  it('signs with a key held in an environment variable (env://)', async () => {
    const ref = `${registry.host}/fc-test/envkey-${v}:v1`;
    importImage(ref, `envkey ${v}`);
    const rec = await signImage({ ...base(), env: { ...env, FC_SIGNING_PEM: readFileSync(keys.key, 'utf8') }, image: ref, key: 'env://FC_SIGNING_PEM' });
    expect(rec.key).toBe('env://FC_SIGNING_PEM');
    expect(ids(await verifyImage({ ...base(), image: rec.image, key: keys.pub }))).toEqual(['pass:signature-verified']);
  });

  it('missing and corrupt keys are clear errors', async () => {
    await expect(signImage({ ...base(), image: `${repo}@${signed}`, key: join(dir, 'nope.key') })).rejects.toThrow(/nope.key: no such file/);
    writeFileSync(join(dir, 'garbage.key'), 'garbage\n');
    await expect(signImage({ ...base(), image: `${repo}@${signed}`, key: join(dir, 'garbage.key') })).rejects.toBeInstanceOf(KeyError);
    // passes the PEM shape check, so cosign itself must reject it
    writeFileSync(join(dir, 'corrupt.key'), '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n');
    await expect(signImage({ ...base(), image: `${repo}@${signed}`, key: join(dir, 'corrupt.key') })).rejects.toBeInstanceOf(SigningError);
    writeFileSync(join(dir, 'corrupt.pub'), '-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0\n-----END PUBLIC KEY-----\n');
    const report = await verifyImage({ ...base(), image: `${repo}@${signed}`, key: join(dir, 'corrupt.pub') });
    expect(report.results[0]!.error).toMatch(/public key unusable/);
    const run = await cli(['verify', '--image', `${repo}@${signed}`, '--key', join(dir, 'nope.pub'), '--cosign', path], env, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope.pub: no such file/);
  });

  it('registry down: a clear error (exit 2), no hang', async () => {
    const gone = await startRegistry();
    await gone.stop();
    const ref = `${gone.host}/fc-test/app@${signed}`;
    const report = await verifyImage({ ...base(), image: ref, key: keys.pub });
    expect(report.results[0]!.error).toMatch(/registry unreachable/);
    await expect(signImage({ ...base(), image: ref, key: keys.key })).rejects.toThrow(/registry unreachable/);
    const run = await cli(['verify', '--image', ref, '--key', keys.pub, '--cosign', path], env, dir);
    expect(run.code).toBe(2);
  });

  it('a registry that never answers is cut off by the timeout', async () => {
    const hole = await startBlackHole();
    try {
      const started = Date.now();
      const report = await verifyImage({ ...base(), timeoutSeconds: 3, image: `${hole.host}/fc-test/app@${signed}`, key: keys.pub });
      expect(report.results[0]!.error).toBeTruthy();
      expect(Date.now() - started).toBeLessThan(40_000);
    } finally {
      await hole.close();
    }
  });

  it('cosign missing: a clear error', async () => {
    await expect(verifyImage({ ...base(), cosignPath: join(dir, 'no-cosign'), image: `${repo}@${signed}`, key: keys.pub })).rejects.toBeInstanceOf(ToolNotFoundError);
    const run = await cli(['verify', '--image', `${repo}@${signed}`, '--key', keys.pub, '--cosign', join(dir, 'no-cosign')], env, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cosign is not installed/);
  });
});
