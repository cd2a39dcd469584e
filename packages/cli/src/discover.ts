import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { ConfigError, findUp, POLICY_FILE, type FlightcheckPlugin } from '@flightcheck/core';

/** `package.json` → `flightcheck.cli`: the module that default-exports a FlightcheckPlugin. */
interface PluginManifest {
  name: string;
  flightcheck?: { cli?: string; commands?: unknown };
}

/** A command as a package declares it in its package.json, so that the CLI need not load the package to list it. */
export interface DeclaredCommand {
  command: string;
  describe: string;
  aliases?: string[];
}

export interface PluginSource {
  packageName: string;
  module: string;
  /**
   * `flightcheck.commands` of the package.json: the commands the module provides. With it the CLI loads the
   * module only when one of them runs; without it (older or third-party plugins) the module loads every time.
   */
  commands?: DeclaredCommand[];
}

function declaredCommands(v: unknown): DeclaredCommand[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: DeclaredCommand[] = [];
  for (const c of v) {
    if (!c || typeof c !== 'object' || typeof c.command !== 'string' || typeof c.describe !== 'string') return undefined;
    const aliases = Array.isArray(c.aliases) ? c.aliases.filter((a: unknown): a is string => typeof a === 'string') : undefined;
    out.push({ command: c.command, describe: c.describe, ...(aliases?.length ? { aliases } : {}) });
  }
  return out;
}

/** The name a command is called by (`compliance` of `compliance [paths..]`). */
export const commandName = (command: string): string => command.split(' ')[0]!;

function manifestAt(dir: string): PluginSource | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  let pkg: PluginManifest;
  try {
    pkg = JSON.parse(readFileSync(file, 'utf8')) as PluginManifest;
  } catch {
    return undefined;
  }
  const entry = pkg.flightcheck?.cli;
  if (!entry) return undefined;
  const commands = declaredCommands(pkg.flightcheck?.commands);
  return { packageName: pkg.name, module: resolve(dir, entry), ...(commands ? { commands } : {}) };
}

/** Every `@flightcheck/*` package installed beside this CLI that declares a `flightcheck.cli` entry. */
export function scopePlugins(): PluginSource[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const out: PluginSource[] = [];
  const seen = new Set<string>();
  // node_modules/@flightcheck/cli/dist → node_modules/@flightcheck; in the workspace the CLI's real path
  // is packages/cli/dist, so also look at the workspace's node_modules/@flightcheck.
  const candidates = [resolve(here, '..', '..'), resolve(here, '..', '..', '..', 'node_modules', '@flightcheck')];
  for (const scope of candidates) {
    if (!existsSync(scope)) continue;
    for (const name of readdirSync(scope).sort()) {
      const src = manifestAt(join(scope, name));
      if (src && !seen.has(src.packageName)) {
        seen.add(src.packageName);
        out.push(src);
      }
    }
  }
  return out;
}

/** Plugins named in flightcheck.yaml (`plugins:`) or FLIGHTCHECK_PLUGINS, resolved from the workspace. */
export function configuredPlugins(cwd: string, env: Record<string, string | undefined>): PluginSource[] {
  const names: { name: string; from: string }[] = [];
  const policy = findUp(POLICY_FILE, cwd);
  if (policy) {
    const text = readFileSync(policy, 'utf8');
    // The policy file is parsed only when it can name plugins: `yaml` costs start-up time on every command.
    let data: { plugins?: unknown } | null = null;
    try {
      if (text.includes('plugins')) data = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text, { maxAliasCount: 50 }) as { plugins?: unknown } | null;
    } catch (e) {
      throw new ConfigError(policy, `invalid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
    if (data?.plugins !== undefined) {
      if (!Array.isArray(data.plugins) || data.plugins.some((p) => typeof p !== 'string')) throw new ConfigError(policy, '`plugins` must be a list of package names');
      for (const p of data.plugins as string[]) names.push({ name: p, from: dirname(policy) });
    }
  }
  for (const p of (env.FLIGHTCHECK_PLUGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) names.push({ name: p, from: cwd });
  return names.map(({ name, from }) => {
    const req = createRequire(join(from, 'noop.js'));
    let pkgJson: string;
    try {
      pkgJson = name.startsWith('.') || name.startsWith('/') ? join(resolve(from, name), 'package.json') : req.resolve(`${name}/package.json`);
    } catch {
      throw new ConfigError(policy ?? 'FLIGHTCHECK_PLUGINS', `plugin ${name} is not installed (npm install ${name})`);
    }
    const src = manifestAt(dirname(pkgJson));
    if (!src) throw new ConfigError(pkgJson, `plugin ${name} has no "flightcheck": { "cli": "…" } entry in its package.json`);
    return src;
  });
}

export async function loadPlugin(src: PluginSource): Promise<FlightcheckPlugin> {
  const mod = (await import(pathToFileURL(src.module).href)) as { default?: FlightcheckPlugin; plugin?: FlightcheckPlugin };
  const plugin = mod.default ?? mod.plugin;
  if (!plugin || !Array.isArray(plugin.commands)) throw new ConfigError(src.module, `${src.packageName} does not export a flightcheck plugin (default export with commands)`);
  return plugin;
}
