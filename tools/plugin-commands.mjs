#!/usr/bin/env node
// Writes `flightcheck.commands` into the package.json of every workspace package that has a CLI entry,
// from the commands its built module really provides, so that the CLI can list and pick commands without
// loading every package (start-up time). `--check` only compares and exits 1 when one is out of date.
// Run after `npm run build`: `node tools/plugin-commands.mjs [--check]`.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(new URL('..', import.meta.url).pathname);
const check = process.argv.includes('--check');

/** The declarations of a plugin module's commands, in the shape package.json holds them. */
export async function declarationsOf(modulePath) {
  const mod = await import(pathToFileURL(modulePath).href);
  const plugin = mod.default ?? mod.plugin;
  return plugin.commands.map((c) => ({ command: c.command, describe: c.describe, ...(c.aliases?.length ? { aliases: c.aliases } : {}) }));
}

const stale = [];
for (const name of readdirSync(join(root, 'packages')).sort()) {
  const file = join(root, 'packages', name, 'package.json');
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const pkg = JSON.parse(text);
  if (!pkg.flightcheck?.cli) continue;
  const commands = await declarationsOf(join(root, 'packages', name, pkg.flightcheck.cli));
  if (JSON.stringify(pkg.flightcheck.commands) === JSON.stringify(commands)) continue;
  stale.push(pkg.name);
  if (!check) {
    pkg.flightcheck.commands = commands;
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
}
if (check && stale.length) {
  console.error(`flightcheck.commands out of date in: ${stale.join(', ')} (run: npm run build && node tools/plugin-commands.mjs)`);
  process.exit(1);
}
console.log(stale.length ? `updated: ${stale.join(', ')}` : 'flightcheck.commands up to date');
