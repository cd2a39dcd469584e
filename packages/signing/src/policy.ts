import { dirname, resolve } from 'node:path';
import { ConfigError, findUp, loadWorkspacePolicy, POLICY_FILE, type Severity } from '@flightcheck/core';

export const DEFAULT_PUBLIC_KEY = 'cosign.pub';

/** The workspace root: where flightcheck.yaml or nx.json is, else `cwd`. */
export function findWorkspaceRoot(cwd: string): string {
  const marker = findUp(POLICY_FILE, cwd) ?? findUp('nx.json', cwd);
  return marker ? dirname(marker) : cwd;
}

/** The signing options of the policy (`checks.signing` in flightcheck.yaml). */
export interface SigningPolicy {
  /** Absolute path of the public key: `checks.signing.publicKey` (relative to the root), default cosign.pub. */
  publicKey: string;
  insecureRegistries: string[];
  /** Repositories signed with the key (`checks.signing.repositories`); empty = every pinned image. */
  repositories: string[];
  /** The policy's failOn (the gate that guards `sign` judges the check reports with it). */
  failOn: Severity | 'none';
}

export function signingPolicy(root: string): SigningPolicy {
  const { policy } = loadWorkspacePolicy(root);
  const checks = policy.checks.signing ?? {};
  const pk = checks.publicKey ?? DEFAULT_PUBLIC_KEY;
  if (typeof pk !== 'string' || !pk) throw new ConfigError(resolve(root, POLICY_FILE), '`checks.signing.publicKey` must be a path (or env://NAME, or a KMS URI)');
  const ir = checks.insecureRegistries ?? [];
  if (!Array.isArray(ir) || ir.some((h) => typeof h !== 'string')) throw new ConfigError(resolve(root, POLICY_FILE), '`checks.signing.insecureRegistries` must be a list of registry hosts');
  const repos = checks.repositories ?? [];
  if (!Array.isArray(repos) || repos.some((h) => typeof h !== 'string')) throw new ConfigError(resolve(root, POLICY_FILE), '`checks.signing.repositories` must be a list of repository names or globs');
  return { repositories: repos as string[], publicKey: /^[a-z][a-z0-9+.-]*:/i.test(pk) ? pk : resolve(root, pk), insecureRegistries: ir as string[], failOn: policy.failOn };
}
