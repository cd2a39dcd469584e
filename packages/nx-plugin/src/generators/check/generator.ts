import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatFiles, generateFiles, joinPathFragments, names, offsetFromRoot, readJson, readNxJson, updateJson, updateNxJson, type Tree } from '@nx/devkit';
import { parseDocument } from 'yaml';
import type { CustomCheckOptions } from '../../options.js';
import { initGenerator, PLUGIN_NAME } from '../init/generator.js';
import { installSteps, manualCommand, runSteps } from './install.js';

export type CheckKind = 'images' | 'manifests' | 'workspace';

export interface CheckGeneratorSchema {
  name: string;
  target?: CheckKind;
  directory?: string;
  importPath?: string;
  executorName?: string;
  ruleId?: string;
  description?: string;
  skipFormat?: boolean;
  /** Do not run npm install and the build after generating (print the one command that does both). */
  skipInstall?: boolean;
}

/** The generator refuses: the message says why and what to do instead. */
export class CheckGeneratorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckGeneratorError';
  }
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const RESERVED = new Set(['security', 'report', 'core', 'cli', 'nx-plugin']);
// the templates stay in src/ (package.json "files" ships them); this resolves from src/ and from dist/ alike
const FILES = fileURLToPath(new URL('../../../src/generators/check/files', import.meta.url));

interface Normalized extends Required<Omit<CheckGeneratorSchema, 'importPath' | 'ruleId' | 'description' | 'skipInstall'>> {
  importPath: string;
  ruleId: string;
  description: string;
  projectRoot: string;
}

function normalize(tree: Tree, s: CheckGeneratorSchema): Normalized {
  const name = s.name?.trim();
  if (!name || !KEBAB.test(name)) throw new CheckGeneratorError(`check name must be kebab-case, like "secrets" or "licence-scan" (got ${JSON.stringify(s.name)})`);
  if (RESERVED.has(name)) throw new CheckGeneratorError(`"${name}" is reserved by flightcheck; choose another check name`);
  const target = s.target ?? 'manifests';
  if (!['images', 'manifests', 'workspace'].includes(target)) throw new CheckGeneratorError(`--target must be images, manifests or workspace (got ${target})`);
  const directory = (s.directory ?? 'packages').replace(/\/+$/, '');
  if (directory.split('/').includes('..') || directory.startsWith('/')) throw new CheckGeneratorError(`--directory must be a folder inside the workspace (got ${directory})`);
  const ruleId = s.ruleId ?? `${name}-marker`;
  if (!KEBAB.test(ruleId)) throw new CheckGeneratorError(`--ruleId must be kebab-case (got ${ruleId})`);
  const executorName = s.executorName ?? 'check';
  const importPath = s.importPath ?? `@flightcheck/${name}`;
  if (!/^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/.test(importPath)) throw new CheckGeneratorError(`--importPath must be an npm package name (got ${importPath})`);
  const description = (s.description ?? `flightcheck ${name} check`).replace(/["\\\n\r]/g, ' ').trim();
  const projectRoot = joinPathFragments(directory, name);
  return { name, target, directory, importPath, executorName, ruleId, description, projectRoot, skipFormat: s.skipFormat ?? false };
}

function pluginChecks(tree: Tree): CustomCheckOptions[] {
  const nx = readNxJson(tree);
  const entry = nx?.plugins?.find((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN_NAME);
  return entry && typeof entry !== 'string' ? (((entry.options as { checks?: CustomCheckOptions[] } | undefined)?.checks ?? [])) : [];
}

/** Refuses to overwrite anything: a second run with the same name stops before writing a file. */
function assertFree(tree: Tree, o: Normalized): void {
  if (tree.exists(o.projectRoot)) throw new CheckGeneratorError(`${o.projectRoot} already exists: the check "${o.name}" was generated before. Choose another name, or delete ${o.projectRoot} and its nx.json entry first.`);
  const taken = pluginChecks(tree).find((c) => c.target === o.name);
  if (taken) throw new CheckGeneratorError(`nx.json already has a flightcheck check with target "${o.name}" (executor ${taken.executor}). Choose another name.`);
}

/** Adds the check to the @flightcheck/nx-plugin entry in nx.json (adding the plugin first when absent). */
function wireNxJson(tree: Tree, check: CustomCheckOptions): void {
  const nx = readNxJson(tree) ?? {};
  const plugins = nx.plugins ?? [];
  const i = plugins.findIndex((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN_NAME);
  const current = plugins[i]!;
  const entry = typeof current === 'string' ? { plugin: PLUGIN_NAME, options: {} as Record<string, unknown> } : { ...current, options: { ...(current.options as Record<string, unknown>) } };
  entry.options.checks = [...((entry.options.checks as CustomCheckOptions[] | undefined) ?? []), check];
  plugins[i] = entry;
  nx.plugins = plugins;
  updateNxJson(tree, nx);
}

/**
 * The shared compiler options the new package extends: flightcheck's own `tsconfig.shared.json` (named so
 * that Nx, finding no root tsconfig.base.json or tsconfig.json, does not load TypeScript on every command to
 * read `customConditions`), else the Nx convention `tsconfig.base.json`.
 */
export function baseTsconfigOf(tree: Tree): string {
  return ['tsconfig.shared.json', 'tsconfig.base.json'].find((f) => tree.exists(f)) ?? 'tsconfig.base.json';
}

function addReference(tree: Tree, file: string, path: string): void {
  if (!tree.exists(file)) return;
  updateJson(tree, file, (json: { references?: { path: string }[] }) => {
    const refs = json.references ?? [];
    if (!refs.some((r) => r.path.replace(/^\.\//, '') === path)) refs.push({ path: `./${path}` });
    json.references = refs;
    return json;
  });
}

/** A package outside the @flightcheck scope is not found by the CLI's scope scan: list it in flightcheck.yaml. */
function addCliPlugin(tree: Tree, importPath: string): void {
  const text = tree.exists('flightcheck.yaml') ? tree.read('flightcheck.yaml', 'utf-8')! : '';
  const doc = parseDocument(text);
  if (doc.errors.length) throw new CheckGeneratorError(`flightcheck.yaml is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it and run again`);
  const current = doc.get('plugins');
  const list = current === undefined ? [] : (doc.toJS() as { plugins?: unknown }).plugins;
  if (!Array.isArray(list)) throw new CheckGeneratorError('flightcheck.yaml: `plugins` must be a list of package names');
  if (list.includes(importPath)) return;
  doc.set('plugins', [...list, importPath]);
  tree.write('flightcheck.yaml', doc.toString());
}

const OWN_VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The @flightcheck/core the new package depends on: the workspace's own when it has one, else this plugin's release. */
function coreOf(tree: Tree): { version: string; tsconfig?: string } {
  const local = 'packages/core/package.json';
  if (!tree.exists(local)) return { version: OWN_VERSION };
  return { version: readJson<{ version: string }>(tree, local).version, tsconfig: 'packages/core/tsconfig.lib.json' };
}

/**
 * `nx g @flightcheck/nx-plugin:check <name> [--target images|manifests|workspace]`: a new check package,
 * wired through the plugin's `checks` option (no change to flightcheck's own sources).
 */
export async function checkGenerator(tree: Tree, schema: CheckGeneratorSchema): Promise<() => Promise<void>> {
  const o = normalize(tree, schema);
  assertFree(tree, o);
  const hadPlugin = (readNxJson(tree)?.plugins ?? []).some((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN_NAME);
  if (!hadPlugin) await initGenerator(tree, { skipFormat: true });
  const n = names(o.ruleId);
  const core = coreOf(tree);
  generateFiles(tree, FILES, o.projectRoot, {
    ...o,
    tmpl: '',
    className: names(o.name).className,
    ruleVar: n.propertyName,
    ruleTarget: o.target === 'images' ? 'dockerfile' : o.target === 'manifests' ? 'kubernetes-yaml' : 'file',
    sampleFile: o.target === 'images' ? 'Dockerfile' : o.target === 'manifests' ? 'deploy.yaml' : 'notes.txt',
    kindText: o.target === 'images' ? 'Dockerfiles' : o.target === 'manifests' ? 'Kubernetes YAML' : 'every text file of the repository',
    projectText: o.target === 'images' ? 'image project (`<name>-image`)' : o.target === 'manifests' ? 'manifests project (`<name>-manifests`)' : 'workspace (the `workspace` project rooted at `.`)',
    cliText: o.importPath.startsWith('@flightcheck/') ? '' : ' and `plugins:` in flightcheck.yaml',
    coreVersion: core.version,
    coreTsconfig: core.tsconfig ? `${offsetFromRoot(o.projectRoot)}${core.tsconfig}` : '',
    offsetFromRoot: offsetFromRoot(o.projectRoot),
    baseTsconfig: baseTsconfigOf(tree),
  });
  const check: CustomCheckOptions = { target: o.name, executor: `${o.importPath}:${o.executorName}`, appliesTo: o.target, description: o.description };
  if (o.target === 'workspace') {
    // the whole repository is the input; report files (dist/) are git-ignored, so not part of it
    check.inputs = ['{workspaceRoot}/**/*', '!{workspaceRoot}/dist/**/*'];
    if (!tree.exists('flightcheck.yaml')) tree.write('flightcheck.yaml', 'failOn: high\n'); // the workspace project hangs on it
  }
  wireNxJson(tree, check);
  if (!o.importPath.startsWith('@flightcheck/')) addCliPlugin(tree, o.importPath);
  addReference(tree, 'tsconfig.json', o.projectRoot);
  addReference(tree, 'tsconfig.build.json', `${o.projectRoot}/tsconfig.lib.json`);
  if (!o.skipFormat) await formatFiles(tree);
  // after the files are written (never on --dry-run): link and build, so that `nx run-many -t security`
  // runs the new check at once
  return async () => {
    const log = (line: string) => console.log(line);
    log(`flightcheck: created ${o.projectRoot} (${o.importPath}); nx.json now runs "${o.name}" on ${o.target} projects as part of security.`);
    if (schema.skipInstall) {
      log(`Next, one command links and builds it: ${manualCommand(o.projectRoot)}`);
      return;
    }
    try {
      await runSteps(installSteps(tree.root, o.projectRoot), tree.root, log);
    } catch (e) {
      log(`flightcheck: ${(e as Error).message}\nFix that, then link and build it with: ${manualCommand(o.projectRoot)}`);
      process.exitCode = 1;
      return;
    }
    log(`flightcheck: ${o.name} is ready: npx nx run-many -t security runs it (its tests: npx vitest run --project unit ${o.projectRoot})`);
  };
}

export default checkGenerator;
