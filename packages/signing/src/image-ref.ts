import { splitImageRef } from '@flightcheck/core';
import { ImageRefError } from './errors.js';

/** An OCI image reference split into its parts: `registry/repository[:tag][@digest]`. */
export interface ImageRef {
  /** Registry host (with port), as written or Docker Hub's `docker.io` when none is written. */
  registry: string;
  /** Repository path inside the registry: `library/python`, `team/airflow`. */
  repository: string;
  tag?: string;
  /** `sha256:<64 hex>` (or another algorithm with its own length). */
  digest?: string;
  /** The reference as given. */
  original: string;
}

const MAX_REF = 1024;
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;

/** Parses an image reference with the rules of the distribution reference grammar; throws ImageRefError. */
export function parseImageRef(ref: string): ImageRef {
  if (typeof ref !== 'string' || !ref.trim()) throw new ImageRefError(String(ref), 'empty image reference');
  if (ref.length > MAX_REF) throw new ImageRefError(ref.slice(0, 80), `longer than ${MAX_REF} characters`);
  if (/\s/.test(ref)) throw new ImageRefError(ref, 'contains white space');
  const split = splitImageRef(ref);
  const { digest, tag } = split;
  if (digest !== undefined && !DIGEST.test(digest)) throw new ImageRefError(ref, `"${digest}" is not a digest (sha256:<64 hex digits> expected)`);
  if (tag !== undefined && !TAG.test(tag)) throw new ImageRefError(ref, `"${tag}" is not a valid tag`);
  const parts = split.name.split('/');
  let registry = 'docker.io';
  // A bracketed first component is taken for a host too, so that a malformed IPv6 host is named as such.
  if (split.registry !== undefined || (parts.length > 1 && parts[0]!.startsWith('['))) {
    registry = parts.shift()!;
    if (!HOST.test(registry)) throw new ImageRefError(ref, `"${registry}" is not a valid registry host`);
  }
  if (!parts.length || parts.some((p) => !PATH_COMPONENT.test(p))) {
    throw new ImageRefError(ref, 'the repository must be lower-case path components (a-z, 0-9, ., _, -) separated by /');
  }
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  const out: ImageRef = { registry, repository: parts.join('/'), original: ref };
  if (tag) out.tag = tag;
  if (digest) out.digest = digest;
  return out;
}

/** `registry/repository` (no tag, no digest). */
export function repositoryName(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}`;
}

/** The reference pinned by digest: `registry/repository@sha256:…` (the tag is dropped: the digest decides). */
export function byDigest(ref: ImageRef, digest = ref.digest): string {
  if (!digest) throw new ImageRefError(ref.original, 'has no digest');
  return `${repositoryName(ref)}@${digest}`;
}

/** The host without its port, lower-case, without IPv6 brackets. */
export function registryHost(registry: string): string {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(registry);
  if (m) return m[1]!.toLowerCase();
  return registry.replace(/:\d+$/, '').toLowerCase();
}

/** True for registries on this machine's loopback interface (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registryHost(registry);
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The `sha256:<hex>` of a cosign signature tag (`…:sha256-<hex>.sig`) or fallback tag, or undefined. */
export function digestFromSignatureTag(text: string): string | undefined {
  const m = /:sha256-([a-f0-9]{64})(?:\.sig)?\s*$/m.exec(text);
  return m ? `sha256:${m[1]}` : undefined;
}

/**
 * True when `registry/repository` matches a pattern: an exact name, or a glob where `*` stands for one
 * path component part and `**` for any rest (`ghcr.io/example/**`). Docker Hub short names are normalised.
 */
export function matchesRepository(ref: ImageRef, pattern: string): boolean {
  let p = pattern.trim();
  if (!p) return false;
  if (!/^[^/]*[.:][^/]*\//.test(p) && !p.startsWith('localhost/')) p = `docker.io/${p.includes('/') ? p : `library/${p}`}`;
  const re = new RegExp(`^${p.split('**').map((part) => part.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('.*')}$`);
  return re.test(repositoryName(ref));
}
