// Helpers of the signing integration tests: real cosign binaries, a real registry on 127.0.0.1, images
// built FROM scratch with `docker import` (nothing is pulled), and a registry client to tamper with
// stored signatures.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const DOCKER = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';

export interface CosignBin {
  label: string;
  path: string;
}

/**
 * The cosign binaries to test: $FLIGHTCHECK_TEST_COSIGN_BINS (colon-separated), else the one setup unpacks
 * (trixie, 2.x) and a sid (3.x) one unpacked with FLIGHTCHECK_CACHE_DIR=~/.cache/flightcheck-sid.
 */
export function cosignBinaries(): CosignBin[] {
  const listed = process.env.FLIGHTCHECK_TEST_COSIGN_BINS?.split(':').filter(Boolean);
  const candidates = listed ?? [process.env.COSIGN_BIN, join(homedir(), '.cache/flightcheck/bin/cosign'), join(homedir(), '.cache/flightcheck-sid/bin/cosign')].filter((p): p is string => Boolean(p));
  const seen = new Set<string>();
  const out: CosignBin[] = [];
  for (const path of candidates) {
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const help = execFileSync(path, ['sign', '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    out.push({ label: /--use-signing-config/.test(help) ? `cosign-3.x (${path})` : `cosign-2.x (${path})`, path });
  }
  return out;
}

export function docker(args: string[], input?: string): string {
  return execFileSync(DOCKER, args, { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'], timeout: 120_000, ...(input ? { input } : {}) });
}

/** A one-file image FROM scratch, tagged `ref` in the local engine (not pushed). Returns its image id. */
export function importImage(ref: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-img-'));
  writeFileSync(join(dir, 'hello.txt'), content);
  execFileSync('tar', ['-C', dir, '-cf', join(dir, 'img.tar'), 'hello.txt']);
  return execFileSync(DOCKER, ['import', join(dir, 'img.tar'), ref], { encoding: 'utf8', timeout: 120_000 }).trim();
}

/** Pushes and returns the manifest digest. */
export function pushImage(ref: string): string {
  const out = docker(['push', ref]);
  const m = /digest:\s*(sha256:[a-f0-9]{64})/.exec(out);
  if (!m) throw new Error(`no digest in docker push output: ${out}`);
  return m[1]!;
}

export function generateKeyPair(cosign: string, dir: string, prefix: string, password: string): { key: string; pub: string } {
  execFileSync(cosign, ['generate-key-pair', '--output-key-prefix', join(dir, prefix)], { env: { ...process.env, COSIGN_PASSWORD: password }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  return { key: join(dir, `${prefix}.key`), pub: join(dir, `${prefix}.pub`) };
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Fetched {
  body: Buffer;
  type: string;
}

async function get(url: string): Promise<Fetched | null> {
  const r = await fetch(url, { headers: { Accept: MANIFEST_TYPES }, signal: AbortSignal.timeout(10_000) });
  if (r.status === 404) return null;
  if (!r.ok) throw new Error(`GET ${url}: ${r.status}`);
  return { body: Buffer.from(await r.arrayBuffer()), type: r.headers.get('content-type') ?? '' };
}

async function putManifest(base: string, repo: string, ref: string, body: Buffer, type: string): Promise<void> {
  const r = await fetch(`${base}/v2/${repo}/manifests/${ref}`, { method: 'PUT', headers: { 'Content-Type': type }, body, signal: AbortSignal.timeout(10_000) });
  if (!r.ok) throw new Error(`PUT manifest ${ref}: ${r.status} ${await r.text()}`);
}

async function putBlob(base: string, repo: string, body: Buffer): Promise<string> {
  const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  const start = await fetch(`${base}/v2/${repo}/blobs/uploads/`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  const location = start.headers.get('location');
  if (!location) throw new Error(`blob upload: no location (${start.status})`);
  const url = new URL(location, base);
  url.searchParams.set('digest', digest);
  const r = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body, signal: AbortSignal.timeout(10_000) });
  if (!r.ok) throw new Error(`blob upload: ${r.status}`);
  return digest;
}

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Flips one byte in the middle of a base64 signature. */
function flip(b64: string): string {
  const raw = Buffer.from(b64, 'base64');
  raw[Math.floor(raw.length / 2)]! ^= 0xff;
  return raw.toString('base64');
}

/**
 * Tampers with every signature stored for `repo@digest`: the legacy `.sig` tag (signature annotation) and the
 * OCI referrers fallback index (DSSE signature in the Sigstore bundle). Returns how many were altered.
 */
export async function tamperSignatures(registryUrl: string, repo: string, digest: string): Promise<number> {
  const hex = digest.slice('sha256:'.length);
  let altered = 0;
  const legacy = await get(`${registryUrl}/v2/${repo}/manifests/sha256-${hex}.sig`);
  if (legacy) {
    const m = JSON.parse(legacy.body.toString('utf8'));
    for (const layer of m.layers) {
      const a = layer.annotations ?? {};
      if (a['dev.cosignproject.cosign/signature']) {
        a['dev.cosignproject.cosign/signature'] = flip(a['dev.cosignproject.cosign/signature']);
        altered++;
      }
    }
    await putManifest(registryUrl, repo, `sha256-${hex}.sig`, Buffer.from(JSON.stringify(m)), legacy.type);
  }
  const index = await get(`${registryUrl}/v2/${repo}/manifests/sha256-${hex}`);
  if (index) {
    const idx = JSON.parse(index.body.toString('utf8'));
    for (const entry of idx.manifests ?? []) {
      const man = await get(`${registryUrl}/v2/${repo}/manifests/${entry.digest}`);
      if (!man) continue;
      const m = JSON.parse(man.body.toString('utf8'));
      const layer = m.layers?.[0];
      if (!layer) continue;
      const blob = await get(`${registryUrl}/v2/${repo}/blobs/${layer.digest}`);
      const bundle = JSON.parse(blob!.body.toString('utf8'));
      const sig = bundle.dsseEnvelope?.signatures?.[0];
      if (!sig) continue;
      sig.sig = flip(sig.sig);
      const newBlob = Buffer.from(JSON.stringify(bundle));
      layer.digest = await putBlob(registryUrl, repo, newBlob);
      layer.size = newBlob.length;
      const newMan = Buffer.from(JSON.stringify(m));
      await putManifest(registryUrl, repo, sha(newMan), newMan, man.type);
      entry.digest = sha(newMan);
      entry.size = newMan.length;
      altered++;
    }
    await putManifest(registryUrl, repo, `sha256-${hex}`, Buffer.from(JSON.stringify(idx)), index.type);
  }
  return altered;
}

/** A TCP server that accepts connections and never answers (a hung registry). */
export async function startBlackHole(): Promise<{ host: string; close(): Promise<void> }> {
  const net = await import('node:net');
  const sockets = new Set<import('node:net').Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return {
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
