import type { TargetConfiguration } from '@nx/devkit';

/** A check added by a team: the plugin's options in nx.json wire it into every matching project. */
export interface CustomCheckOptions {
  /** Target name, e.g. `secrets`. */
  target: string;
  /** `<package>:<executor>`, e.g. `@acme/flightcheck-licenses:check`. */
  executor: string;
  /** Which inferred projects get the target. */
  appliesTo: 'images' | 'manifests' | 'workspace';
  description?: string;
  /** Extra inputs besides the project's files and the policy files. */
  inputs?: NonNullable<TargetConfiguration['inputs']>;
  options?: Record<string, unknown>;
  /** Targets of the same project this one needs first (by their final names). */
  dependsOn?: string[];
  /** Whether `security` depends on it (default true). */
  security?: boolean;
}

export interface FlightcheckPluginOptions {
  /** Folder whose `<name>/Dockerfile` make image projects. */
  imagesDir?: string;
  /** Folder whose `<name>/` with Kubernetes YAML make manifest projects. */
  manifestsDir?: string;
  /** Renames of the built-in targets: `{ "image-scan": "trivy" }`. */
  targetNames?: Record<string, string>;
  /** Built-in targets to leave out. */
  disable?: string[];
  /** Options passed to a built-in target's executor: `{ "image-scan": { "failOn": "critical" } }`. */
  targetOptions?: Record<string, Record<string, unknown>>;
  /** Checks of your own, from packages in this workspace or from npm. */
  checks?: CustomCheckOptions[];
  /**
   * Options per profile for the built-in targets, as Nx configurations: `{ "image-build": { "local": {…},
   * "release": {…} } }`. Every target gets a `local` and a `release` configuration (`nx run-many -t
   * security -c local`); the default one is flightcheck.yaml's `profile`, else `release`.
   */
  configurations?: Record<string, Record<string, Record<string, unknown>>>;
  /** Name of the project rooted at `.` that carries the `appliesTo: 'workspace'` checks (default `workspace`). */
  workspaceProjectName?: string;
}

export interface NormalizedOptions {
  imagesDir: string;
  manifestsDir: string;
  targetNames: Record<string, string>;
  disable: Set<string>;
  targetOptions: Record<string, Record<string, unknown>>;
  checks: CustomCheckOptions[];
  workspaceProjectName: string;
  configurations: Record<string, Record<string, Record<string, unknown>>>;
}

export function normalizeOptions(o: FlightcheckPluginOptions | undefined): NormalizedOptions {
  const checks = o?.checks ?? [];
  for (const c of checks) {
    if (!c || typeof c.target !== 'string' || !/^[a-z0-9][a-z0-9:-]*$/.test(c.target)) throw new Error(`@flightcheck/nx-plugin: checks[].target must be a kebab-case name (got ${JSON.stringify(c?.target)})`);
    if (typeof c.executor !== 'string' || !c.executor.includes(':')) throw new Error(`@flightcheck/nx-plugin: check ${c.target}: executor must be "<package>:<executor>"`);
    if (!['images', 'manifests', 'workspace'].includes(c.appliesTo)) throw new Error(`@flightcheck/nx-plugin: check ${c.target}: appliesTo must be images, manifests or workspace`);
  }
  return {
    imagesDir: (o?.imagesDir ?? 'images').replace(/\/+$/, ''),
    manifestsDir: (o?.manifestsDir ?? 'manifests').replace(/\/+$/, ''),
    targetNames: o?.targetNames ?? {},
    disable: new Set(o?.disable ?? []),
    targetOptions: o?.targetOptions ?? {},
    checks,
    workspaceProjectName: o?.workspaceProjectName ?? 'workspace',
    configurations: o?.configurations ?? {},
  };
}
