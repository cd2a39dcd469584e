import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cosignSign, cosignTree, describeCosign, openCosign, resolveDigest, type CosignOptions } from './cosign.js';
import type { AttachedArtifact } from './cosign-output.js';
import { digestForRepository, findDocker, localRepoDigests, pushImage } from './docker.js';
import { ImageRefError } from './errors.js';
import { byDigest, parseImageRef, repositoryName, type ImageRef } from './image-ref.js';
import { resolveKey } from './keys.js';

export interface SignOptions extends CosignOptions {
  image: string;
  key: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Push a local image that has no digest in its repository yet (default true). */
  push?: boolean;
  /** Repo digests already known for the image (image-build's record). */
  knownRepoDigests?: readonly string[];
  /** Where to write the signature record (signature.json). */
  recordFile?: string;
  dockerPath?: string;
  progress?: (line: string) => void;
}

/** What `signature.json` holds. No key material, no password. */
export interface SignatureRecord {
  schemaVersion: '1';
  /** `registry/repo@sha256:…`: what was signed. */
  image: string;
  digest: string;
  repository: string;
  /** The reference the user gave. */
  requested: string;
  /** Where the signature is stored (legacy `.sig` tag and/or OCI referrer). */
  signatures: AttachedArtifact[];
  /** The key as it may be printed (path, env://NAME or KMS URI). */
  key: string;
  cosign: string;
  transparencyLog: false;
  signedAt: string;
}

/**
 * Finds the digest to sign. A digest in the reference wins (a tag beside it must agree with it in the
 * registry); a tag alone is only accepted for a local image, whose digest in that repository is used,
 * pushing it first when it has none. A tag is never signed as such.
 */
async function digestToSign(ref: ImageRef, opts: SignOptions, tagDigest: (r: ImageRef) => Promise<string>): Promise<string> {
  if (ref.digest) {
    if (ref.tag) {
      const current = await tagDigest(ref);
      if (current !== ref.digest) throw new ImageRefError(ref.original, `tag "${ref.tag}" points to ${current} in the registry, not to ${ref.digest}: the tag and the digest disagree; sign by digest alone (${byDigest(ref)}) if that digest is the one to sign`);
    }
    return ref.digest;
  }
  const known = digestForRepository(opts.knownRepoDigests ?? [], ref);
  if (known) return known;
  const docker = await findDocker(opts.dockerPath);
  const local = await localRepoDigests(docker, ref.original);
  if (local === null) throw new ImageRefError(ref.original, 'is neither a digest reference nor a local image: give REPO@sha256:… (a tag in a registry can change under you)');
  const digest = digestForRepository(local, ref);
  if (digest) return digest;
  if (opts.push === false) throw new ImageRefError(ref.original, `has no digest in ${repositoryName(ref)} yet and pushing is off: push it first`);
  opts.progress?.(`pushing ${ref.original} (it has no digest in ${repositoryName(ref)} yet)`);
  return pushImage(docker, ref.original);
}

/** Signs an image by digest with cosign (no transparency log) and records where the signature went. */
export async function signImage(opts: SignOptions): Promise<SignatureRecord> {
  const ref = parseImageRef(opts.image);
  const key = resolveKey(opts.key, 'private', { cwd: opts.cwd, env: opts.env });
  const cosign = await openCosign(opts);
  const digest = await digestToSign(ref, opts, (r) => resolveDigest(cosign, r));
  const target: ImageRef = { ...ref, digest };
  delete target.tag;
  opts.progress?.(`signing ${byDigest(target)} with ${key.display} (cosign ${describeCosign(cosign)}, no transparency log)`);
  await cosignSign(cosign, key, target);
  const record: SignatureRecord = {
    schemaVersion: '1',
    image: byDigest(target),
    digest,
    repository: repositoryName(target),
    requested: opts.image,
    signatures: await cosignTree(cosign, target),
    key: key.display,
    cosign: describeCosign(cosign),
    transparencyLog: false,
    signedAt: new Date().toISOString(),
  };
  if (opts.recordFile) {
    mkdirSync(dirname(opts.recordFile), { recursive: true });
    writeFileSync(opts.recordFile, `${JSON.stringify(record, null, 2)}\n`);
  }
  return record;
}
