import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every built-in package declares its commands in package.json (`flightcheck.commands`), so that the CLI
// loads only the package of the command that runs (start-up time); the declaration must say what the module
// really provides. `node tools/plugin-commands.mjs` rewrites them from the modules.
const root = new URL('../../..', import.meta.url).pathname;

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir, file: join(root, 'packages', dir, 'package.json') }))
  .filter(({ file }) => existsSync(file))
  .map(({ dir, file }) => ({ dir, pkg: JSON.parse(readFileSync(file, 'utf8')) }))
  .filter(({ pkg }) => pkg.flightcheck?.cli);

describe('declared commands', () => {
  it.each(packages.map((p) => [p.pkg.name, p]))('%s declares exactly the commands its CLI module provides', async (_name, { dir, pkg }) => {
    expect(Array.isArray(pkg.flightcheck.commands), `run: node tools/plugin-commands.mjs`).toBe(true);
    const mod = await import(join(root, 'packages', dir, 'src', 'cli.ts'));
    const actual = mod.default.commands.map((c: { command: string; describe: string; aliases?: string[] }) => ({
      command: c.command,
      describe: c.describe,
      ...(c.aliases?.length ? { aliases: c.aliases } : {}),
    }));
    expect(pkg.flightcheck.commands, 'run: npm run build && node tools/plugin-commands.mjs').toEqual(actual);
  });
});
