import { UsageError } from '@flightcheck/core';

/** The policy levels of the Pod Security Standards, least to most restrictive. */
export const LEVELS = ['privileged', 'baseline', 'restricted'] as const;
export type Level = (typeof LEVELS)[number];

/** The newest policy version pod-security-admission v0.36 knows: `latest` means v1.35. */
export const LATEST_MINOR = 35;
export const LIBRARY_VERSION = 'v0.36.2';

/** A policy version: the minor of v1.N, with `latest` kept apart for messages. */
export interface PolicyVersion {
  minor: number;
  latest: boolean;
}

const VERSION = /^v1\.(0|[1-9][0-9]*)$/;

export const isLevel = (s: unknown): s is Level => typeof s === 'string' && (LEVELS as readonly string[]).includes(s);

/** Parses `v1.N` or `latest`; undefined when malformed. A version above the newest is judged as the newest. */
export function parseVersion(s: string): PolicyVersion | undefined {
  if (s === 'latest') return { minor: LATEST_MINOR, latest: true };
  const m = VERSION.exec(s);
  if (!m) return undefined;
  const minor = Number(m[1]);
  if (!Number.isSafeInteger(minor)) return undefined;
  return { minor: Math.min(minor, LATEST_MINOR), latest: false };
}

export function versionText(v: PolicyVersion): string {
  return v.latest ? 'latest' : `v1.${v.minor}`;
}

/** For the command line and the executor: a bad level or version is a usage error. */
export function requireLevel(s: unknown, what = '--level'): Level {
  if (!isLevel(s)) throw new UsageError(`${what}: unknown level "${String(s)}"; choose one of ${LEVELS.join(', ')}`);
  return s;
}

export function requireVersion(s: unknown, what = '--pss-version'): PolicyVersion {
  const v = typeof s === 'string' ? parseVersion(s) : undefined;
  if (!v) throw new UsageError(`${what}: unknown policy version "${String(s)}"; expected v1.N (v1.0 to v1.${LATEST_MINOR}) or latest`);
  return v;
}

export const levelRank = (l: Level) => LEVELS.indexOf(l);
