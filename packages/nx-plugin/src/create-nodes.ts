import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import type { CreateNodesContextV2, CreateNodesResult, TargetConfiguration } from '@nx/devkit';
import { normalizeOptions, type FlightcheckPluginOptions, type NormalizedOptions } from './options.js';
import { noteRead, readText } from './reads.js';
import { workspaceProjectFor } from './workspace-project.js';
import { appliesTo, BUILTIN_CHECKS, type BuiltinCheck, type Input, type ProjectInfo, type ProjectKind } from './targets/index.js';

export const SECURITY_TARGET = 'security';
export const GATE_EXECUTOR = '@flightcheck/nx-plugin:gate';
export const TARGET_GROUP = 'Security';
// the profile changes what a check reads and what its report says (FLIGHTCHECK_PROFILE, see README "Profiles")
const POLICY_INPUTS: Input[] = ['{workspaceRoot}/flightcheck.yaml', '{workspaceRoot}/flightcheck.waivers.yaml', { env: 'FLIGHTCHECK_PROFILE' }];
export const PROFILES = ['local', 'release'] as const;

/** The default profile of the inferred targets: flightcheck.yaml `profile`, else `release` (never guessed). */
export function defaultProfile(workspaceRoot: string): string {
  try {
    const m = /^profile:\s*["']?([a-z]+)["']?\s*(?:#.*)?$/m.exec(readText(join(workspaceRoot, 'flightcheck.yaml')).slice(0, 1 << 20));
    if (m && (PROFILES as readonly string[]).includes(m[1]!)) return m[1]!;
  } catch {
    /* no flightcheck.yaml */
  }
  return 'release';
}

/** `local` and `release` configurations of a target: the check's own per-profile options, then nx.json's. */
export function profileConfigurations(own: Partial<Record<string, Record<string, unknown>>> | undefined, configured: Record<string, Record<string, unknown>> | undefined): Record<string, Record<string, unknown>> {
  return Object.fromEntries(PROFILES.map((p) => [p, { ...own?.[p], ...configured?.[p] }]));
}
const MAX_SNIFF_BYTES = 64 * 1024;

/** True when a YAML file looks like a Kubernetes manifest (has `apiVersion:` and `kind:` keys). */
export function looksLikeKubernetesYaml(file: string): boolean {
  try {
    const st = statSync(file);
    if (!st.isFile()) return false;
    // only the head of the file: the graph is built on every nx command, and manifests can be large
    const fd = openSync(file, 'r');
    let head: string;
    try {
      const buf = Buffer.alloc(Math.min(MAX_SNIFF_BYTES, st.size));
      head = buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
    } finally {
      closeSync(fd);
    }
    return /^\s*apiVersion:\s*\S/m.test(head) && /^\s*kind:\s*\S/m.test(head);
  } catch {
    return false;
  }
}

interface ResolvedPackage {
  /** Workspace-relative folder when the package is part of this workspace. */
  workspaceDir?: string;
  /** Declared in the root package.json (so in the lockfile, where Nx reads external versions). */
  declared?: boolean;
  /** A project of this workspace (an npm workspace member): the inferred projects depend on it. */
  member?: boolean;
}

/** Folders the root package.json's `workspaces` globs name (`packages/*` → parent `packages`). */
function workspaceMember(workspaceRoot: string, dir: string): boolean {
  try {
    const pkg = JSON.parse(readText(join(workspaceRoot, 'package.json'))) as { workspaces?: string[] | { packages?: string[] } };
    const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : (pkg.workspaces?.packages ?? []);
    return globs.some((g) => g.replace(/\/+$/, '') === dir || (g.endsWith('/*') && dirname(dir) === g.slice(0, -2)));
  } catch {
    return false;
  }
}

function declaredDependencies(workspaceRoot: string): Set<string> {
  try {
    const pkg = JSON.parse(readText(join(workspaceRoot, 'package.json'))) as Record<string, Record<string, string> | undefined>;
    return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]);
  } catch {
    return new Set();
  }
}

function resolvePackage(name: string, workspaceRoot: string, cache: Map<string, ResolvedPackage | null>): ResolvedPackage | null {
  if (cache.has(name)) return cache.get(name)!;
  let found: ResolvedPackage | null = null;
  try {
    const pkgJson = createRequire(join(workspaceRoot, 'package.json')).resolve(`${name}/package.json`);
    noteRead(pkgJson);
    const real = dirname(pkgJson);
    const rel = relative(workspaceRoot, realpath(real));
    const dir = rel.split(sep).join('/');
    found = !rel.startsWith('..') && !rel.split(sep).includes('node_modules') ? { workspaceDir: dir, member: workspaceMember(workspaceRoot, dir) } : { declared: declaredDependencies(workspaceRoot).has(name) };
  } catch {
    found = null;
  }
  cache.set(name, found);
  return found;
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function packageInputs(name: string, pkg: ResolvedPackage): Input[] {
  if (pkg.workspaceDir) {
    return [`{workspaceRoot}/${pkg.workspaceDir}/src/**/*`, `!{workspaceRoot}/${pkg.workspaceDir}/src/**/*.spec.ts`, `{workspaceRoot}/${pkg.workspaceDir}/package.json`];
  }
  // Nx knows an external package's version only when the lockfile has it (a declared dependency);
  // a linked or globally installed package is hashed by the version it reports at run time.
  if (pkg.declared) return [{ externalDependencies: [name] }];
  return [{ runtime: `node -p "require('${name}/package.json').version"` }];
}

function targetName(opts: NormalizedOptions, key: string): string {
  return opts.targetNames[key] ?? key;
}

interface BuiltTarget {
  name: string;
  config: TargetConfiguration;
  security: boolean;
  /** The executor takes `deferVerdict` (forwarded by `security`): the task always completes. */
  defers: boolean;
}

/** Nx's own help for a target: the executor's options. */
function nxHelp(project: ProjectInfo, target: string): string {
  return `npx nx run ${project.name}:${target} --help`;
}

/**
 * Whether a (custom) executor declares the `deferVerdict` option in its schema, so that `security` may
 * forward it: an executor whose schema rejects unknown options would fail on it.
 */
export function executorTakesDeferVerdict(executor: string, workspaceRoot: string): boolean {
  const [pkg, name] = executor.split(':') as [string, string];
  try {
    const req = createRequire(join(workspaceRoot, 'package.json'));
    const pkgJson = req.resolve(`${pkg}/package.json`);
    const manifest = JSON.parse(readText(pkgJson)) as { executors?: string };
    if (!manifest.executors) return false;
    const listFile = join(dirname(pkgJson), manifest.executors);
    const entry = (JSON.parse(readText(listFile)) as { executors?: Record<string, { schema?: string }> }).executors?.[name];
    if (!entry?.schema) return false;
    const schema = JSON.parse(readText(join(dirname(listFile), entry.schema))) as { properties?: Record<string, unknown> };
    return Boolean(schema.properties && 'deferVerdict' in schema.properties);
  } catch {
    return false;
  }
}

function builtinTarget(check: BuiltinCheck, project: ProjectInfo, opts: NormalizedOptions, pkg: ResolvedPackage): BuiltTarget {
  const name = targetName(opts, check.key);
  const inputs = [...check.inputs(project), ...POLICY_INPUTS, ...packageInputs(check.packageName, pkg)];
  return {
    name,
    security: check.security,
    defers: true,
    config: {
      executor: check.executor,
      cache: true,
      inputs,
      outputs: [`{workspaceRoot}/dist/flightcheck/{projectName}/${name}.*`],
      options: { ...check.options(project), ...opts.targetOptions[check.key] },
      configurations: profileConfigurations(check.configurations?.(project), opts.configurations[check.key]),
      defaultConfiguration: defaultProfile(project.workspaceRoot),
      ...(check.dependsOn ? { dependsOn: check.dependsOn.map((d) => targetName(opts, d)) } : {}),
      metadata: {
        description: check.description,
        technologies: check.technologies,
        help: { command: check.cliCommand ? `npx flightcheck ${check.cliCommand} --help` : nxHelp(project, name), example: { options: check.options(project) } },
      },
      ...check.extra,
    },
  };
}

function customTarget(c: NormalizedOptions['checks'][number], project: ProjectInfo, pkg: ResolvedPackage | null): BuiltTarget {
  const pkgName = c.executor.split(':')[0]!;
  const projectFiles = project.kind === 'workspace' ? [] : ['{projectRoot}/**/*'];
  return {
    name: c.target,
    security: c.security ?? true,
    defers: executorTakesDeferVerdict(c.executor, project.workspaceRoot),
    config: {
      executor: c.executor,
      cache: true,
      inputs: [...projectFiles, ...(c.inputs ?? []), ...POLICY_INPUTS, ...(pkg ? packageInputs(pkgName, pkg) : [])],
      outputs: [`{workspaceRoot}/dist/flightcheck/{projectName}/${c.target}.*`],
      options: { ...c.options },
      configurations: profileConfigurations(undefined, undefined),
      defaultConfiguration: defaultProfile(project.workspaceRoot),
      ...(c.dependsOn ? { dependsOn: c.dependsOn } : {}),
      metadata: { description: c.description ?? `Custom check ${c.target}`, technologies: ['flightcheck'], help: { command: nxHelp(project, c.target), example: { options: { ...c.options } } } },
    },
  };
}

/**
 * The check packages of this workspace whose targets a project has: the project depends on them, so that
 * `nx affected` selects it when a check's own code changes (Nx 23.2 has no task-level affected).
 */
export function checkPackageDependencies(project: ProjectInfo, opts: NormalizedOptions, cache = new Map<string, ResolvedPackage | null>()): string[] {
  const names = [
    ...BUILTIN_CHECKS.filter((c) => appliesTo(c, project) && !opts.disable.has(c.key)).map((c) => c.packageName),
    ...opts.checks.filter((c) => c.appliesTo === project.kind).map((c) => c.executor.split(':')[0]!),
  ];
  return [...new Set(names)].filter((n) => resolvePackage(n, project.workspaceRoot, cache)?.member);
}

/** All targets of one inferred project, with `security` depending on its check targets. */
export function buildTargets(project: ProjectInfo, opts: NormalizedOptions, cache = new Map<string, ResolvedPackage | null>()): Record<string, TargetConfiguration> {
  const built: BuiltTarget[] = [];
  for (const check of BUILTIN_CHECKS) {
    if (opts.disable.has(check.key) || !appliesTo(check, project)) continue;
    const pkg = resolvePackage(check.packageName, project.workspaceRoot, cache);
    if (!pkg) continue; // the check package is not installed: no target
    built.push(builtinTarget(check, project, opts, pkg));
  }
  for (const c of opts.checks) {
    if (c.appliesTo !== project.kind) continue;
    built.push(customTarget(c, project, resolvePackage(c.executor.split(':')[0]!, project.workspaceRoot, cache)));
  }
  const names = new Set(built.map((b) => b.name));
  const targets: Record<string, TargetConfiguration> = {};
  for (const b of built) {
    // a dependency on a target that is not there (package not installed) would break the graph
    if (b.config.dependsOn) b.config.dependsOn = (b.config.dependsOn as string[]).filter((d) => names.has(d));
    targets[b.name] = { ...b.config, metadata: { ...b.config.metadata } };
  }
  const children = built.filter((b) => b.security);
  if (children.length) {
    const inputs: Input[] = [];
    const seen = new Set<string>();
    for (const c of children) {
      for (const i of (c.config.inputs ?? []) as Input[]) {
        const k = JSON.stringify(i);
        if (!seen.has(k)) {
          seen.add(k);
          inputs.push(i);
        }
      }
    }
    const securityName = targetName(opts, SECURITY_TARGET);
    // The checks run with `deferVerdict` (forwarded options): they record their verdict and complete, and
    // the gate fails on it. Were a check to fail, Nx would skip `security` and exit 130, not 1. A target
    // another check depends on comes first, so that Nx creates its task with the forwarded option.
    const ordered = withPrerequisites(children, built);
    // A cached verdict holds only while every check's result does: a check that is never cached
    // (verify-signature asks the registry) makes the gate run every time, else Nx would replay the
    // gate's PASSED over that check's fresh failure.
    const cacheable = ordered.every((c) => c.config.cache !== false);
    targets[securityName] = {
      executor: GATE_EXECUTOR,
      cache: cacheable,
      configurations: profileConfigurations(undefined, undefined),
      defaultConfiguration: defaultProfile(project.workspaceRoot),
      options: { deferVerdict: true },
      dependsOn: ordered.map((c) => (c.defers ? { target: c.name, options: 'forward' as const } : c.name)),
      inputs,
      metadata: {
        description: `Run every security check of this project and judge them: ${children.map((c) => c.name).join(', ')}`,
        technologies: ['flightcheck'],
        help: { command: nxHelp(project, securityName), example: { options: {} } },
      },
    };
  }
  return targets;
}

/**
 * The checks and the targets of the same project they depend on (image-build for image-scan), each after
 * its prerequisites: Nx creates a task with the options of the first dependsOn entry that reaches it.
 */
function withPrerequisites(children: BuiltTarget[], all: BuiltTarget[]): BuiltTarget[] {
  const out: BuiltTarget[] = [];
  const visit = (t: BuiltTarget, depth: number) => {
    if (out.includes(t) || depth > all.length) return;
    for (const d of (t.config.dependsOn ?? []) as (string | { target?: string })[]) {
      const dep = all.find((o) => o.name === (typeof d === 'string' ? d : d.target));
      if (dep) visit(dep, depth + 1);
    }
    if (!out.includes(t)) out.push(t);
  };
  for (const c of children) visit(c, 0);
  return out;
}

export function projectFor(file: string, opts: NormalizedOptions, workspaceRoot: string): ProjectInfo | undefined {
  const parts = file.split('/');
  if (parts.length === 3 && parts[0] === opts.imagesDir && parts[2] === 'Dockerfile') {
    return { name: `${parts[1]}-image`, root: `${parts[0]}/${parts[1]}`, kind: 'images', workspaceRoot };
  }
  if (parts.length >= 3 && parts[0] === opts.manifestsDir && /\.ya?ml$/.test(file)) {
    return { name: `${parts[1]}-manifests`, root: `${parts[0]}/${parts[1]}`, kind: 'manifests', workspaceRoot };
  }
  return undefined;
}


export function createNodesFromFileList(files: readonly string[], rawOptions: FlightcheckPluginOptions | undefined, context: CreateNodesContextV2): [string, CreateNodesResult][] {
  const opts = normalizeOptions(rawOptions);
  const cache = new Map<string, ResolvedPackage | null>();
  const out: [string, CreateNodesResult][] = [];
  const seenRoots = new Set<string>();
  for (const file of [...files].sort()) {
    const project = projectFor(file, opts, context.workspaceRoot) ?? workspaceProjectFor(file, opts, context.workspaceRoot);
    if (!project || seenRoots.has(project.root)) continue;
    if (project.kind === 'manifests' && !looksLikeKubernetesYaml(join(context.workspaceRoot, file))) continue;
    seenRoots.add(project.root);
    const targets = buildTargets(project, opts, cache);
    const implicitDependencies = checkPackageDependencies(project, opts, cache);
    out.push([
      file,
      {
        projects: {
          [project.root]: {
            name: project.name,
            root: project.root,
            projectType: 'application',
            tags: [`flightcheck:${project.kind === 'images' ? 'image' : project.kind}`],
            targets,
            ...(implicitDependencies.length ? { implicitDependencies } : {}),
            metadata: { targetGroups: { [TARGET_GROUP]: Object.keys(targets) } },
          },
        },
      },
    ]);
  }
  return out;
}
