import type { TargetConfiguration } from '@nx/devkit';

export type ProjectKind = 'images' | 'manifests' | 'workspace';

export interface ProjectInfo {
  name: string;
  /** Workspace-relative project root: `images/airflow`. */
  root: string;
  kind: ProjectKind;
  workspaceRoot: string;
}

export type Input = NonNullable<TargetConfiguration['inputs']>[number];

/** One built-in check target. Each lives in its own file beside this one. */
export interface BuiltinCheck {
  /** Default target name (also the key for renames, options and `disable`). */
  key: string;
  /** The npm package that provides the executor; the target is left out when it is not installed. */
  packageName: string;
  executor: string;
  /** The kind(s) of project that get the target. */
  appliesTo: ProjectKind | readonly ProjectKind[];
  /** Cheap test (graph time) of whether a project of that kind gets the target; all do when absent. */
  when?(project: ProjectInfo): boolean;
  description: string;
  technologies: string[];
  /** Part of `security` (false for steps that need a secret, like `sign`). */
  security: boolean;
  /** Keys of targets of the same project that must run first. */
  dependsOn?: string[];
  /** Files the check reads, besides the policy files and the check package's sources. */
  inputs(project: ProjectInfo): Input[];
  options(project: ProjectInfo): Record<string, unknown>;
  /** Options per profile (Nx configurations `local` and `release`), beside nx.json's `configurations`. */
  configurations?(project: ProjectInfo): Partial<Record<string, Record<string, unknown>>>;
  /** The `flightcheck` CLI command that does what the target does (its `--help` is the target's help); none: Nx's. */
  cliCommand?: string;
  /** Extra target settings (cache off for a release step, etc.). */
  extra?: Partial<TargetConfiguration>;
}
