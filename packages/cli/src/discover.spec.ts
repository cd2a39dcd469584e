import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configuredPlugins, loadPlugin, scopePlugins } from './discover.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('plugin discovery', () => {
  it('finds the @flightcheck packages that declare a CLI entry', () => {
    const names = scopePlugins().map((p) => p.packageName);
    expect(names).not.toContain('@flightcheck/core'); // no flightcheck.cli entry
    expect(names).not.toContain('@flightcheck/cli');
    for (const n of names) expect(n).toMatch(/^@flightcheck\//);
  });

  it('reads plugins from flightcheck.yaml and FLIGHTCHECK_PLUGINS', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-discover-'));
    writeFileSync(join(ws, 'flightcheck.yaml'), `plugins:\n  - ${join(here, '__fixtures__/example-plugin')}\n`);
    expect(configuredPlugins(ws, {}).map((p) => p.packageName)).toEqual(['@example/fixme-check']);
    const other = mkdtempSync(join(tmpdir(), 'fc-discover-'));
    expect(configuredPlugins(other, { FLIGHTCHECK_PLUGINS: join(here, '__fixtures__/example-plugin') })).toHaveLength(1);
  });

  it('rejects a bad plugins list, a missing package, and a package without a CLI entry', () => {
    const ws = mkdtempSync(join(tmpdir(), 'fc-discover-'));
    writeFileSync(join(ws, 'flightcheck.yaml'), 'plugins: yes\n');
    expect(() => configuredPlugins(ws, {})).toThrow(/`plugins` must be a list/);
    writeFileSync(join(ws, 'flightcheck.yaml'), 'plugins: ["@nobody/nothing"]\n');
    expect(() => configuredPlugins(ws, {})).toThrow(/is not installed/);
    mkdirSync(join(ws, 'plain'));
    writeFileSync(join(ws, 'plain/package.json'), '{"name":"plain"}');
    writeFileSync(join(ws, 'flightcheck.yaml'), 'plugins: ["./plain"]\n');
    expect(() => configuredPlugins(ws, {})).toThrow(/has no "flightcheck"/);
  });

  it('loads a plugin module and rejects one that exports no plugin', async () => {
    const p = await loadPlugin({ packageName: 'x', module: join(here, '__fixtures__/example-plugin/cli.js') });
    expect(p.commands.map((c) => c.command)).toEqual(['fixme [paths..]']);
    const dir = mkdtempSync(join(tmpdir(), 'fc-discover-'));
    writeFileSync(join(dir, 'bad.mjs'), 'export const x = 1;\n');
    await expect(loadPlugin({ packageName: 'bad', module: join(dir, 'bad.mjs') })).rejects.toThrow(/does not export a flightcheck plugin/);
  });
});
