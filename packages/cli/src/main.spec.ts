import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '@flightcheck/core';
import { main } from '@flightcheck/cli';
import { skipHelpCache } from './main.js';

const here = dirname(fileURLToPath(import.meta.url));
const plugins = [{ packageName: '@example/fixme-check', module: join(here, '__fixtures__/example-plugin/cli.js') }];

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const value: CommandIO = {
    cwd,
    env: {},
    isTTY: false,
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readStdin: async () => '',
  };
  return { io: value, out };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('flightcheck CLI', () => {
  it('runs a plugin command: exit 0 when clean, 1 at or above --fail-on', async () => {
    const ws = workspace({ 'clean.txt': 'ok\n', 'dirty.txt': 'a\nFIXME b\n' });
    const a = io(ws);
    expect(await main(['fixme', 'clean.txt'], { io: a.io, plugins })).toBe(0);
    expect(a.out.stdout).toContain('no findings');
    const b = io(ws);
    expect(await main(['fixme', 'dirty.txt', '--fail-on', 'medium'], { io: b.io, plugins })).toBe(1);
    expect(b.out.stdout).toMatch(/MEDIUM\s+no-fixme\s+dirty\.txt:2/);
    const c = io(ws);
    expect(await main(['fixme', 'dirty.txt'], { io: c.io, plugins })).toBe(0); // default threshold: high
    const d = io(ws);
    expect(await main(['fixme', 'dirty.txt', '--strict'], { io: d.io, plugins })).toBe(1);
  });

  it('renders core formats and the plugin’s own formats, and writes --output', async () => {
    const ws = workspace({ 'dirty.txt': 'FIXME\nFIXME\n' });
    const a = io(ws);
    await main(['fixme', 'dirty.txt', '--format', 'count'], { io: a.io, plugins });
    expect(a.out.stdout).toBe('2\n');
    const b = io(ws);
    await main(['fixme', 'dirty.txt', '-f', 'sarif', '-o', 'out/r.sarif'], { io: b.io, plugins });
    expect(JSON.parse(readFileSync(join(ws, 'out/r.sarif'), 'utf8')).runs[0].results).toHaveLength(2);
    expect(b.out.stderr).toContain('wrote sarif report to out/r.sarif (2 failing findings');
  });

  it('applies the workspace waiver file and the policy threshold', async () => {
    const ws = workspace({ 'dirty.txt': 'FIXME\n', 'flightcheck.yaml': 'failOn: medium\n', 'flightcheck.waivers.yaml': 'waivers:\n  - rule: no-fixme\n    target: dirty.txt\n    reason: tracked in TICKET-1\n' });
    const a = io(ws);
    expect(await main(['fixme', 'dirty.txt', '--format', 'json'], { io: a.io, plugins })).toBe(0);
    expect(JSON.parse(a.out.stdout).results[0].findings[0]).toMatchObject({ status: 'suppressed', suppression: { justification: 'tracked in TICKET-1' } });
    const b = io(ws);
    writeFileSync(join(ws, 'flightcheck.waivers.yaml'), 'waivers:\n  - rule: no-fixme\n    reason: old\n    expires: 2001-01-01\n');
    expect(await main(['fixme', 'dirty.txt'], { io: b.io, plugins })).toBe(1);
    expect(b.out.stdout).toContain('waiver-expired');
  });

  it('takes the policy file from --config, and a missing one is an input error', async () => {
    const ws = workspace({ 'dirty.txt': 'FIXME\n', 'strict.yaml': 'failOn: medium\n' });
    expect(await main(['fixme', 'dirty.txt'], { io: io(ws).io, plugins })).toBe(0);
    expect(await main(['fixme', 'dirty.txt', '--config', 'strict.yaml'], { io: io(ws).io, plugins })).toBe(1);
    const a = io(ws);
    expect(await main(['fixme', 'dirty.txt', '--config', 'nope.yaml'], { io: a.io, plugins })).toBe(2);
    expect(a.out.stderr).toMatch(/nope\.yaml: no such policy file/);
  });

  it('exits 2 with one line naming the file on input errors', async () => {
    const ws = workspace({});
    const a = io(ws);
    expect(await main(['fixme', 'missing.txt'], { io: a.io, plugins })).toBe(2);
    expect(a.out.stderr).toMatch(/^flightcheck: \S*missing\.txt: no such file\n$/);
    const b = io(workspace({ 'x.txt': 'x', 'flightcheck.waivers.yaml': 'waivers: [' }));
    expect(await main(['fixme', 'x.txt'], { io: b.io, plugins })).toBe(2);
    expect(b.out.stderr).toMatch(/flightcheck\.waivers\.yaml.*invalid YAML/);
  });

  it('exits 2 on usage errors: unknown command, option or format', async () => {
    const ws = workspace({ 'x.txt': '' });
    for (const argv of [['nope'], ['fixme', 'x.txt', '--bogus'], ['fixme', 'x.txt', '--format', 'pdf'], ['fixme', '--fail-on', 'severe'], []]) {
      const a = io(ws);
      expect(await main(argv, { io: a.io, plugins })).toBe(2);
      expect(a.out.stderr).toMatch(/^flightcheck: /);
    }
  });

  it('prints help for the root and each command', async () => {
    const ws = workspace({});
    const a = io(ws);
    expect(await main(['--help'], { io: a.io, plugins })).toBe(0);
    expect(a.out.stdout).toContain('fixme [paths..]');
    expect(a.out.stdout).toContain('report [files..]');
    const b = io(ws);
    expect(await main(['fixme', '--help'], { io: b.io, plugins })).toBe(0);
    expect(b.out.stdout).toContain('--fail-on');
    expect(b.out.stdout).toContain('--strict');
  });

  it('merges the JSON reports of a run with `report`', async () => {
    const ws = workspace({ 'a.txt': 'FIXME\n', 'b.txt': 'ok\n', 'nx.json': '{}' });
    await main(['fixme', 'a.txt', '-f', 'json', '-o', 'dist/flightcheck/p1/fixme.json'], { io: io(ws).io, plugins });
    await main(['fixme', 'b.txt', '-f', 'json', '-o', 'dist/flightcheck/p2/fixme.json'], { io: io(ws).io, plugins });
    const a = io(ws);
    expect(await main(['report', '--format', 'junit', '--fail-on', 'medium'], { io: a.io, plugins })).toBe(1);
    expect(a.out.stdout).toContain('<testsuites name="flightcheck" tests="2" failures="1"');
    expect(a.out.stderr).toContain('merged 2 reports');
    writeFileSync(join(ws, 'dist/flightcheck/p2/broken.json'), '{"schemaVersion":"1.0.0","results":{}}');
    const b = io(ws);
    expect(await main(['report'], { io: b.io, plugins })).toBe(2);
    expect(b.out.stderr).toMatch(/broken\.json: not a flightcheck report/);
  });

  it('discovers plugins named in flightcheck.yaml and rejects a missing one', async () => {
    const ws = workspace({ 'flightcheck.yaml': `plugins:\n  - ${join(here, '__fixtures__/example-plugin')}\n`, 'x.txt': 'FIXME\n' });
    const a = io(ws);
    expect(await main(['fixme', 'x.txt', '-f', 'count'], { io: a.io })).toBe(0);
    expect(a.out.stdout).toBe('1\n');
    const b = io(workspace({ 'flightcheck.yaml': 'plugins:\n  - "@nobody/not-installed"\n' }));
    expect(await main(['--help'], { io: b.io })).toBe(2);
    expect(b.out.stderr).toMatch(/plugin @nobody\/not-installed is not installed/);
  });

  it('imports a plugin that declares its commands only when one of them runs', async () => {
    const src = { packageName: '@example/declared-check', module: join(here, '__fixtures__/declared-plugin/cli.js'), commands: [{ command: 'declared [paths..]', describe: 'A declared command' }] };
    const g = globalThis as { __declaredPluginLoads?: number };
    const before = g.__declaredPluginLoads ?? 0;
    const help = io(workspace({}));
    expect(await main(['--help'], { io: help.io, plugins: [src] })).toBe(0);
    expect(help.out.stdout).toMatch(/declared \[paths\.\.\]\s+A declared command/);
    expect(g.__declaredPluginLoads ?? 0).toBe(before);
    const other = io(workspace({}));
    await main(['report', '--help'], { io: other.io, plugins: [src] });
    expect(g.__declaredPluginLoads ?? 0).toBe(before);
    const ran = io(workspace({}));
    expect(await main(['declared'], { io: ran.io, plugins: [src] })).toBe(0);
    expect(g.__declaredPluginLoads).toBe(before + 1);
  });

  it('loads every plugin when the first word is not a declared command (an option value before the command)', async () => {
    const src = { packageName: '@example/declared-check', module: join(here, '__fixtures__/declared-plugin/cli.js'), commands: [{ command: 'declared [paths..]', describe: 'A declared command' }] };
    const r = io(workspace({}));
    expect(await main(['--color', 'false', 'declared'], { io: r.io, plugins: [src] })).toBe(0);
  });
});


describe('skipHelpCache', () => {
  // a parser whose command handler asks yargs whether it rendered the help text as the handler started
  const cachedWhenHandled = async (skip: boolean): Promise<boolean> => {
    const { default: yargs } = await import('yargs');
    let cached: boolean | undefined;
    const p = yargs(['run', '--x', '1'])
      .exitProcess(false)
      .command('run', 'runs', (y) => y.option('x', { type: 'number', describe: 'an option' }), async () => {
        await Promise.resolve();
        cached = (p as unknown as { getInternalMethods(): { getUsageInstance(): { hasCachedHelpMessage(): boolean } } }).getInternalMethods().getUsageInstance().hasCachedHelpMessage();
      });
    if (skip) skipHelpCache(p);
    await p.parseAsync();
    return cached!;
  };
  it('keeps yargs from rendering the whole help text of a command as its handler starts', async () => {
    expect(await cachedWhenHandled(false)).toBe(true);
    expect(await cachedWhenHandled(true)).toBe(false);
  });
  it('leaves the help of --help as it was (yargs renders it before any handler runs)', async () => {
    const a = io(process.cwd());
    expect(await main(['fixme', '--help'], { io: a.io, plugins })).toBe(0);
    expect(a.out.stdout).toMatch(/flightcheck fixme/);
    expect(a.out.stdout).toMatch(/--fail-on/);
  });
});
