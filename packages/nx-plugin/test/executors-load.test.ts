import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Nx loads executors and generators with require(); Node 20.19+ can require ES modules, but not a module
// graph with a top-level await. Every compiled executor and generator of every package must load that way.
const here = dirname(fileURLToPath(import.meta.url));
const packages = resolve(here, '../..');

interface Entry {
  pkg: string;
  name: string;
  file: string;
}

function entries(): Entry[] {
  const out: Entry[] = [];
  for (const pkg of readdirSync(packages)) {
    const manifest = join(packages, pkg, 'package.json');
    if (!existsSync(manifest)) continue;
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { executors?: string; generators?: string };
    for (const [field, key, impl] of [['executors', 'executors', 'implementation'], ['generators', 'generators', 'factory']] as const) {
      const ref = json[field];
      if (!ref) continue;
      const listFile = join(packages, pkg, ref);
      const list = JSON.parse(readFileSync(listFile, 'utf8'))[key] as Record<string, Record<string, string>>;
      for (const [name, e] of Object.entries(list)) out.push({ pkg, name, file: join(dirname(listFile), e[impl]!) });
    }
  }
  return out;
}

describe('executors and generators load the way Nx loads them', () => {
  const all = entries();
  it('finds the executors of the check packages', () => {
    expect(all.map((e) => `${e.pkg}:${e.name}`)).toEqual(expect.arrayContaining(['dockerfile-lint:lint', 'compliance:check', 'nx-plugin:init']));
  });
  for (const e of all) {
    it(`${e.pkg}:${e.name} loads with require() and exports a function`, () => {
      expect(existsSync(e.file), `${e.file} is not built: run npm run build`).toBe(true);
      // a plain node process, as Nx's: no test-runner export conditions
      const script = `const m = require(${JSON.stringify(e.file)}); process.stdout.write(typeof (m.default ?? m));`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 });
      expect(r.stderr).not.toMatch(/Error/);
      expect(r.stdout).toBe('function');
    });
  }
});
