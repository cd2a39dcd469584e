import { relative } from 'node:path';
import { createReport, expandInputPaths, readTextInput, runRules, type Report, type Result } from '@flightcheck/core';
import { openCosign } from './cosign.js';
import { matchesRepository, parseImageRef } from './image-ref.js';
import { resolveKey } from './keys.js';
import { extractImages, MAX_MANIFEST_BYTES } from './manifests.js';
import { MANIFEST_RULES, type ManifestImage } from './rules/index.js';
import { verifyOne, type VerifyOptions } from './verify.js';

export const MANIFESTS_CHECK = 'verify-manifests';
const MAX_FILES = 10_000;
const MAX_DEPTH = 20;
/** Distinct images whose signatures one run verifies at the most (each is a registry round trip). */
export const MAX_VERIFIED_IMAGES = 500;

export interface VerifyManifestsOptions extends Omit<VerifyOptions, 'key'> {
  paths: string[];
  /** Public key; without it only digest pinning is checked. */
  key?: string;
  /** Workspace root: locations are reported relative to it. */
  root?: string;
  /** Fail (result error) when the paths hold no container image at all: nothing verified must not pass. */
  requireImages?: boolean;
  /**
   * Repositories signed with this key (names or globs, e.g. `ghcr.io/example/**`). Pinned images of other
   * repositories (third-party images such as postgres) are checked for pinning only, and the report says
   * so. Empty or absent: every pinned image must verify.
   */
  repositories?: string[];
}

/** YAML files under the given paths (files as given, directories walked; hidden dirs and node_modules skipped). */
export function collectManifestFiles(paths: readonly string[], cwd: string): string[] {
  const files = expandInputPaths(paths, {
    cwd,
    match: (name) => !name.startsWith('.') && /\.ya?ml$/i.test(name),
    skipDir: (name) => name.startsWith('.') || name === 'node_modules',
    compare: (a, b) => a.localeCompare(b),
    maxFiles: MAX_FILES,
    maxDepth: MAX_DEPTH,
    messages: { tooMany: (max) => `holds more than ${max} YAML files` },
  });
  return [...new Set(files)];
}

/**
 * Every container image in the manifests must be pinned by digest; with a key, each pinned image's
 * signature must verify (once per image; the finding points at its first occurrence).
 */
export async function verifyManifests(opts: VerifyManifestsOptions): Promise<Report> {
  const root = opts.root ?? opts.cwd;
  const files = collectManifestFiles(opts.paths, opts.cwd);
  const key = opts.key ? resolveKey(opts.key, 'public', { cwd: opts.cwd, env: opts.env }) : undefined;
  const results: Result[] = [];
  const all: ManifestImage[] = [];
  for (const abs of files) {
    const file = relative(root, abs) || abs;
    const result: Result = { check: MANIFESTS_CHECK, target: file, engine: 'builtin', findings: [] };
    try {
      const images = extractImages(readTextInput(abs, { maxBytes: MAX_MANIFEST_BYTES, rejectBinary: true }), file);
      result.findings = runRules(MANIFEST_RULES, { file, images }, { file });
      all.push(...images);
    } catch (e) {
      result.error = (e as Error).message;
    }
    results.push(result);
  }
  if (!files.length) results.push({ check: MANIFESTS_CHECK, target: opts.paths.join(', '), engine: 'builtin', findings: [], error: `no YAML file under ${opts.paths.join(', ')}: nothing to verify` });
  else if (!all.length && opts.requireImages) results.push({ check: MANIFESTS_CHECK, target: opts.paths.join(', '), engine: 'builtin', findings: [], error: `no container image in ${files.length} manifest file(s): nothing was verified` });
  if (key) {
    const first = new Map<string, ManifestImage>();
    for (const img of all) {
      let pinned = false;
      try {
        pinned = Boolean(parseImageRef(img.image).digest);
      } catch {
        pinned = false; // reported by image-not-pinned
      }
      if (pinned && !first.has(img.image)) first.set(img.image, img);
    }
    const scope = opts.repositories?.filter(Boolean) ?? [];
    const inScope = [...first.values()].filter((img) => !scope.length || scope.some((p) => matchesRepository(parseImageRef(img.image), p)));
    for (const img of first.values()) {
      if (inScope.includes(img)) continue;
      results.push({ check: 'verify-signature', target: img.image, engine: 'builtin', findings: [], notices: [{ level: 'info', message: `not verified: ${img.image} is not in the repositories signed with this key (${scope.join(', ')}); only its digest pinning was checked`, location: img.location }] });
    }
    if (inScope.length > MAX_VERIFIED_IMAGES) {
      results.push({ check: 'verify-signature', target: opts.paths.join(', '), engine: 'cosign', findings: [], error: `${inScope.length} distinct images to verify, over the limit of ${MAX_VERIFIED_IMAGES}: split the manifests or narrow checks.signing.repositories` });
    } else if (inScope.length) {
      const cosign = await openCosign(opts);
      for (const img of inScope) results.push(await verifyOne(cosign, key, { image: img.image, location: img.location, object: img.object }));
    }
  }
  return createReport(results);
}
