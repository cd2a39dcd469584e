import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findTool, redact, runTool, type Tool, type ToolRun } from '@flightcheck/core';
import { buildSignArgs, buildVerifyArgs, parseCapabilities, type CosignCapabilities, type RegistryOptions } from './cosign-args.js';
import { classifyVerify, explainSignFailure, parseTree, type AttachedArtifact, type VerifyVerdict } from './cosign-output.js';
import { SigningError, VerificationError } from './errors.js';
import { digestFromSignatureTag, repositoryName, type ImageRef } from './image-ref.js';
import type { ResolvedKey } from './keys.js';

export const COSIGN_INSTALL_HINT =
  "install Debian's cosign package (or run `node tools/setup.mjs --only cosign`), put it on PATH or set COSIGN_BIN";

export interface CosignOptions extends RegistryOptions {
  /** Explicit path of the binary (option); else $COSIGN_BIN; else PATH. */
  cosignPath?: string;
  env?: Record<string, string | undefined>;
  /** Per call (seconds). Default 120. */
  timeoutSeconds?: number;
}

export interface Cosign {
  tool: Tool;
  caps: CosignCapabilities;
  /** `devel` for Debian's builds; then the flavour says which flags are used. */
  version: string;
  opts: CosignOptions;
}

const HELP_TIMEOUT_MS = 20_000;
const MAX_OUTPUT = 8 << 20;

/** Finds cosign and reads what it offers. Throws ToolNotFoundError (exit 2) when it is missing. */
export async function openCosign(opts: CosignOptions = {}): Promise<Cosign> {
  const env = opts.env ?? process.env;
  const explicit = opts.cosignPath ?? env.COSIGN_BIN;
  const tool = explicit
    ? await findTool({ name: 'cosign', installHint: COSIGN_INSTALL_HINT, path: explicit })
    : await findTool({ name: 'cosign', installHint: COSIGN_INSTALL_HINT }).catch(async (e: unknown) => {
        // where `node tools/setup.mjs --only cosign` unpacks Debian's cosign
        const cached = setupCosignPath(env);
        if (existsSync(cached)) return findTool({ name: 'cosign', installHint: COSIGN_INSTALL_HINT, path: cached });
        throw e;
      });
  const help = async (sub: string): Promise<string> => {
    const run = await runTool(tool, [sub, '--help'], { timeoutMs: HELP_TIMEOUT_MS, maxOutputBytes: 1 << 20, env: cleanEnv(env) });
    if (run.code !== 0) throw new SigningError(`\`${tool.path} ${sub} --help\` failed (exit ${run.code}): is this cosign?`);
    return `${run.stdout}\n${run.stderr}`;
  };
  const caps = parseCapabilities(await help('sign'), await help('verify'));
  const v = await runTool(tool, ['version'], { timeoutMs: HELP_TIMEOUT_MS, maxOutputBytes: 1 << 20, env: cleanEnv(env) });
  const version = /GitVersion:\s*(\S+)/.exec(`${v.stdout}\n${v.stderr}`)?.[1] ?? 'unknown';
  return { tool, caps, version, opts };
}

/** The binary the workspace set-up script installs: `$FLIGHTCHECK_CACHE_DIR/bin/cosign` (default ~/.cache/flightcheck). */
export function setupCosignPath(env: Record<string, string | undefined>): string {
  const cache = env.FLIGHTCHECK_CACHE_DIR ?? join(env.XDG_CACHE_HOME ?? join(env.HOME ?? homedir(), '.cache'), 'flightcheck');
  return join(cache, 'bin', 'cosign');
}

/** The engine version for reports: `v2.5.0` or `devel (signing-config flags …)`. */
export function describeCosign(c: Cosign): string {
  return `${c.version} (${c.caps.flavor})`;
}

/** The caller's environment without any key or password it may hold: only what a call adds is passed on. */
function cleanEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env, COSIGN_PASSWORD: undefined };
  for (const k of Object.keys(out)) if (/PRIVATE_KEY|COSIGN_KEY/i.test(k)) out[k] = undefined;
  return out;
}

async function call(c: Cosign, args: string[], key: ResolvedKey | undefined): Promise<ToolRun> {
  const timeoutSeconds = c.opts.timeoutSeconds ?? 120;
  const secrets = key?.secrets ?? [];
  const run = await runTool(c.tool, args, {
    // cosign's own --timeout first, the runner's kill 15 s later: never a hang.
    timeoutMs: (timeoutSeconds + 15) * 1000,
    maxOutputBytes: MAX_OUTPUT,
    env: { ...cleanEnv(c.opts.env ?? process.env), ...(key?.env ?? {}) },
    secrets,
  });
  return { ...run, stdout: redact(run.stdout, secrets), stderr: redact(run.stderr, secrets) };
}

export interface SignResult {
  /** `registry/repo@sha256:…` that was signed. */
  image: string;
  stderr: string;
}

/** Signs an image by digest with a key; no transparency log. Throws SigningError with a redacted reason. */
export async function cosignSign(c: Cosign, key: ResolvedKey, image: ImageRef): Promise<SignResult> {
  const args = buildSignArgs(key.arg, image, c.caps, { ...c.opts, timeoutSeconds: c.opts.timeoutSeconds ?? 120 });
  const run = await call(c, args, key);
  if (run.code !== 0) throw new SigningError(`signing ${repositoryName(image)}@${image.digest} failed: ${explainSignFailure(run.code, run.stderr)}`);
  return { image: `${repositoryName(image)}@${image.digest}`, stderr: run.stderr };
}

/** Verifies an image (by digest) against a public key and classifies the outcome. */
export async function cosignVerify(c: Cosign, key: ResolvedKey, image: ImageRef): Promise<VerifyVerdict> {
  const args = buildVerifyArgs(key.arg, image, c.caps, { ...c.opts, timeoutSeconds: c.opts.timeoutSeconds ?? 120 });
  const run = await call(c, args, key);
  return classifyVerify(run.code, run.stdout, run.stderr, image.digest!);
}

/** Lists the signatures and referrers stored for an image (best effort: [] when cosign cannot tell). */
export async function cosignTree(c: Cosign, image: ImageRef): Promise<AttachedArtifact[]> {
  const run = await call(c, ['tree', `--timeout=${c.opts.timeoutSeconds ?? 120}s`, `${repositoryName(image)}@${image.digest}`], undefined);
  return run.code === 0 ? parseTree(run.stdout) : [];
}

/** Resolves a tag in the registry to its manifest digest (`cosign triangulate` names the digest's signature tag). */
export async function resolveDigest(c: Cosign, image: ImageRef): Promise<string> {
  if (!image.tag) throw new VerificationError(`${image.original} has neither a tag nor a digest to resolve`);
  const run = await call(c, ['triangulate', `--timeout=${c.opts.timeoutSeconds ?? 120}s`, `${repositoryName(image)}:${image.tag}`], undefined);
  const digest = run.code === 0 ? digestFromSignatureTag(run.stdout) : undefined;
  if (!digest) {
    const why = classifyVerify(run.code || 1, '', run.stderr, '');
    throw new VerificationError(`cannot resolve ${repositoryName(image)}:${image.tag} to a digest: ${why.kind === 'verified' ? 'no digest in cosign output' : why.reason}`);
  }
  return digest;
}
