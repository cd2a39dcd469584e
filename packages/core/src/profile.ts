import { UsageError } from './errors.js';
import type { StandIn } from './model.js';

/**
 * The two profiles of a run. `release` (the default, what CI runs): the real registry, key and
 * vulnerability data. `local` (what tools/gate.sh runs by default): the whole release path on this
 * machine, with the stand-ins below. A profile is always chosen explicitly, never guessed.
 */
export const PROFILES = ['local', 'release'] as const;
export type Profile = (typeof PROFILES)[number];
export const DEFAULT_PROFILE: Profile = 'release';

export const STAND_INS: Record<Profile, StandIn[]> = {
  release: [],
  local: [
    { for: 'the official base image python:3.11-slim-bookworm (pinned by digest)', used: 'flightcheck/python-base:bookworm, debootstrapped from the Debian archive with the -security and -updates suites and upgraded' },
    { for: 'the full image (target airflow, Airflow from PyPI)', used: 'its airflow-user stage (the user, home and directories, no PyPI packages)' },
    { for: 'the release registry (checks.signing.repositories)', used: 'docker-registry on 127.0.0.1, started by the setup' },
    { for: 'the release key (cosign.pub and the COSIGN_PRIVATE_KEY secret)', used: 'a cosign key pair generated on this machine in the cache folder (<cache>/signing)' },
    { for: "the manifests' release image reference", used: 'a copy of the manifests pinned to the locally signed digest (dist/flightcheck/local-release/manifests)' },
    { for: 'trivy and the OSV database', used: 'the Debian archive apt reaches (image-scan engine debian-archive)' },
  ],
};

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}

/**
 * The profile of a run, first of: an explicit choice (a flag or an Nx configuration named after a
 * profile), `FLIGHTCHECK_PROFILE`, flightcheck.yaml `profile`, else `release`. An unknown value in the
 * flag or the variable is an error, not a guess.
 */
export function resolveProfile(o: { explicit?: string; env?: Record<string, string | undefined>; policyProfile?: string }): { profile: Profile; source: string } {
  const candidates: [string | undefined, string][] = [
    [o.explicit, 'explicit'],
    [o.env?.FLIGHTCHECK_PROFILE || undefined, 'FLIGHTCHECK_PROFILE'],
    [o.policyProfile, 'flightcheck.yaml profile'],
  ];
  for (const [value, source] of candidates) {
    if (value === undefined) continue;
    if (!isProfile(value)) throw new UsageError(`${source}: unknown profile ${JSON.stringify(value)} (one of ${PROFILES.join(', ')})`);
    return { profile: value, source };
  }
  return { profile: DEFAULT_PROFILE, source: 'default' };
}
