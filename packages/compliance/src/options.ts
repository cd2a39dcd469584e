import { UsageError } from '@flightcheck/core';
import { CHECKS_BY_ID } from './checks/index.js';
import { DEFAULT_SCORE_OPTIONS, type ScoreOptions } from './engine/types.js';

/** kube-score's `score` flags, as the CLI and the executor receive them (all optional). */
export interface KubeScoreFlags {
  kubernetesVersion?: string;
  minReplicasDeployment?: number;
  minReplicasHpa?: number;
  enableOptionalTest?: string | string[];
  ignoreTest?: string | string[];
  allDefaultOptional?: boolean;
  ignoreContainerCpuLimit?: boolean;
  ignoreContainerMemoryLimit?: boolean;
  disableIgnoreChecksAnnotations?: boolean;
  disableOptionalChecksAnnotations?: boolean;
  exitOneOnWarning?: boolean;
}

/** A repeatable or comma-separated list flag (pflag StringSlice). */
export function listFlag(v: string | string[] | undefined): string[] {
  const items = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return items.flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean);
}

/** `[v]MAJOR.MINOR`, exactly two parts. */
export function parseKubernetesVersion(v: string): { major: number; minor: number } {
  const m = /^v?(\d+)\.(\d+)$/.exec(v.trim());
  if (!m) throw new UsageError(`Invalid --kubernetes-version "${v}": expected [v]MAJOR.MINOR, e.g. v1.29`);
  return { major: Number(m[1]), minor: Number(m[2]) };
}

function count(name: string, v: number | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  if (!Number.isInteger(v) || v < 0) throw new UsageError(`--${name} must be a whole number >= 0, got ${String(v)}`);
  return v;
}

/** Validates kube-score flags into the engine's options; unknown check ids are usage errors. */
export function toScoreOptions(f: KubeScoreFlags): ScoreOptions {
  const enable = listFlag(f.enableOptionalTest);
  const ignore = listFlag(f.ignoreTest);
  for (const [flag, ids] of [['enable-optional-test', enable], ['ignore-test', ignore]] as const) {
    for (const id of ids) if (!CHECKS_BY_ID.has(id)) throw new UsageError(`--${flag}: unknown check "${id}"; see 'flightcheck compliance list'`);
  }
  if (f.allDefaultOptional && ignore.length) throw new UsageError('--all-default-optional cannot be combined with --ignore-test');
  return {
    kubernetesVersion: f.kubernetesVersion === undefined ? DEFAULT_SCORE_OPTIONS.kubernetesVersion : parseKubernetesVersion(f.kubernetesVersion),
    minReplicasDeployment: count('min-replicas-deployment', f.minReplicasDeployment, DEFAULT_SCORE_OPTIONS.minReplicasDeployment),
    minReplicasHpa: count('min-replicas-hpa', f.minReplicasHpa, DEFAULT_SCORE_OPTIONS.minReplicasHpa),
    ignoreContainerCpuLimit: Boolean(f.ignoreContainerCpuLimit),
    ignoreContainerMemoryLimit: Boolean(f.ignoreContainerMemoryLimit),
    enableOptionalTests: enable,
    ignoreTests: ignore,
    allDefaultOptional: Boolean(f.allDefaultOptional),
    useIgnoreChecksAnnotation: !f.disableIgnoreChecksAnnotations,
    useOptionalChecksAnnotation: !f.disableOptionalChecksAnnotations,
  };
}

/** The same options as kube-score command-line flags (for the adapter). */
export function toKubeScoreArgs(o: ScoreOptions): string[] {
  const args = ['--kubernetes-version', `v${o.kubernetesVersion.major}.${o.kubernetesVersion.minor}`];
  args.push('--min-replicas-deployment', String(o.minReplicasDeployment), '--min-replicas-hpa', String(o.minReplicasHpa));
  for (const t of o.enableOptionalTests) args.push('--enable-optional-test', t);
  for (const t of o.ignoreTests) args.push('--ignore-test', t);
  if (o.allDefaultOptional) args.push('--all-default-optional');
  if (o.ignoreContainerCpuLimit) args.push('--ignore-container-cpu-limit');
  if (o.ignoreContainerMemoryLimit) args.push('--ignore-container-memory-limit');
  if (!o.useIgnoreChecksAnnotation) args.push('--disable-ignore-checks-annotations');
  if (!o.useOptionalChecksAnnotation) args.push('--disable-optional-checks-annotations');
  return args;
}
