import { join } from 'node:path';
import { createReport, type Report, type Result, type Severity } from '@flightcheck/core';
import { checkSignPrerequisites, IMAGE_FILE, readBuiltImage, REQUIRED_CHECKS } from './gate.js';
import { digestForRepository } from './docker.js';
import { parseImageRef, repositoryName } from './image-ref.js';
import { signingPolicy } from './policy.js';
import { signImage } from './sign.js';
import { verifyImage } from './verify.js';
import { verifyManifests } from './verify-manifests.js';

interface Common {
  insecureRegistries?: string[];
  cosignPath?: string;
  timeoutSeconds?: number;
  failOn?: Severity | 'none';
}

export interface SignTaskOptions extends Common {
  /** Default: the image image-build recorded in dist/flightcheck/<project>/image.json. */
  image?: string;
  /** Default: $FLIGHTCHECK_SIGNING_KEY, else env://COSIGN_PRIVATE_KEY when that variable is set. */
  key?: string;
  push?: boolean;
  /** Reports that must have passed in this run (default image-scan, permissions). */
  requireChecks?: string[];
}

export interface VerifyTaskOptions extends Common {
  /** `manifests` (default): the digests the workspace's manifests pin; `image`: the built image. */
  mode?: 'manifests' | 'image';
  /** Manifest files or folders, relative to the workspace root (default `manifests`). */
  manifests?: string[];
  image?: string;
  /** Default: flightcheck.yaml `checks.signing.publicKey`, else cosign.pub at the root. */
  publicKey?: string;
  /** Repositories signed with the key (default: `checks.signing.repositories`; empty = every pinned image). */
  repositories?: string[];
}

export interface TaskContext {
  root: string;
  projectName: string;
  env?: Record<string, string | undefined>;
}

function errorReport(check: string, target: string, e: unknown): Report {
  const result: Result = { check, target, engine: 'cosign', findings: [], error: (e as Error).message };
  return createReport([result]);
}

/** The sign task: the gate, then sign by digest and record signature.json. Never throws. */
export async function runSignTask(options: SignTaskOptions, ctx: TaskContext): Promise<Report> {
  const env = ctx.env ?? process.env;
  const dir = join(ctx.root, 'dist', 'flightcheck', ctx.projectName);
  try {
    const policy = signingPolicy(ctx.root);
    const { image: built } = checkSignPrerequisites({ dir, checks: options.requireChecks ?? [...REQUIRED_CHECKS], failOn: options.failOn ?? policy.failOn });
    const key = options.key ?? env.FLIGHTCHECK_SIGNING_KEY ?? (env.COSIGN_PRIVATE_KEY ? 'env://COSIGN_PRIVATE_KEY' : undefined);
    if (!key) throw new Error('no signing key: set the `key` option, FLIGHTCHECK_SIGNING_KEY (a path or KMS URI) or COSIGN_PRIVATE_KEY (the PEM)');
    const record = await signImage({
      image: options.image ?? built.reference,
      key,
      cwd: ctx.root,
      env,
      knownRepoDigests: built.repoDigests,
      recordFile: join(dir, 'signature.json'),
      insecureRegistries: [...policy.insecureRegistries, ...(options.insecureRegistries ?? [])],
      ...(options.push === false ? { push: false } : {}),
      ...(options.cosignPath ? { cosignPath: options.cosignPath } : {}),
      ...(options.timeoutSeconds ? { timeoutSeconds: options.timeoutSeconds } : {}),
    });
    return createReport([
      {
        check: 'sign',
        target: record.image,
        engine: 'cosign',
        engineVersion: record.cosign,
        findings: [{ ruleId: 'image-signed', severity: 'info', status: 'pass', message: `signed ${record.image} with ${record.key}; record in signature.json`, properties: { signatures: record.signatures } }],
      },
    ]);
  } catch (e) {
    return errorReport('sign', options.image ?? join(dir, IMAGE_FILE), e);
  }
}

/** The image to verify in `image` mode: the option, else image-build's record pinned by its repo digest. */
function builtImageByDigest(dir: string): string {
  const built = readBuiltImage(join(dir, IMAGE_FILE));
  const ref = parseImageRef(built.reference);
  if (ref.digest) return built.reference;
  const digest = digestForRepository(built.repoDigests, ref);
  if (!digest) throw new Error(`${built.reference} has no digest in ${repositoryName(ref)} (not pushed): nothing to verify by digest; verify the manifests' digests instead (mode: manifests)`);
  return `${repositoryName(ref)}@${digest}`;
}

/** The verify-signature task. Never throws; an empty or impossible check is a result error (fail closed). */
export async function runVerifyTask(options: VerifyTaskOptions, ctx: TaskContext): Promise<Report> {
  const env = ctx.env ?? process.env;
  const mode = options.mode ?? 'manifests';
  try {
    const policy = signingPolicy(ctx.root);
    const common = {
      cwd: ctx.root,
      env,
      key: options.publicKey ?? policy.publicKey,
      insecureRegistries: [...policy.insecureRegistries, ...(options.insecureRegistries ?? [])],
      ...(options.cosignPath ? { cosignPath: options.cosignPath } : {}),
      ...(options.timeoutSeconds ? { timeoutSeconds: options.timeoutSeconds } : {}),
    };
    if (mode === 'image') {
      const image = options.image ?? builtImageByDigest(join(ctx.root, 'dist', 'flightcheck', ctx.projectName));
      return await verifyImage({ ...common, image });
    }
    const repositories = options.repositories ?? policy.repositories;
    return await verifyManifests({ ...common, root: ctx.root, paths: options.manifests ?? ['manifests'], requireImages: true, repositories });
  } catch (e) {
    return errorReport(mode === 'image' ? 'verify-signature' : 'verify-manifests', options.image ?? (options.manifests ?? ['manifests']).join(', '), e);
  }
}
