// The commands a user is told to run exist: every root npm script names files of the repository, and so
// do the commands of the README's Development section (issue 11: `npm run gate` and `npm run bench` named
// files that were not there).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

/** Repository paths a command line names (`tools/gate.mjs`, `tsconfig.build.json`), placeholders left out. */
function pathsIn(command) {
  return [...command.matchAll(/(?:^|\s)((?:\.\/)?(?:tools|packages|images|manifests)\/[\w./-]+|[\w.-]+\.json)(?=\s|$)/g)].map((m) => m[1]).filter((p) => !p.includes('<'));
}

describe('the commands a user is told to run', () => {
  it('npm scripts name files that exist', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['build', 'test', 'gate', 'bench', 'setup']));
    const missing = Object.entries(scripts).flatMap(([name, command]) => pathsIn(command).filter((p) => !existsSync(join(root, p))).map((p) => `${name}: ${p}`));
    expect(missing).toEqual([]);
    expect(pathsIn(scripts.gate)).toEqual(['tools/gate.mjs']);
    expect(pathsIn(scripts.bench)).toEqual(['tools/bench/run.mjs']);
  });

  it("the README's Development section names files of this repository only", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Development');
    const end = readme.indexOf('\n## ', start + 3);
    expect(start).toBeGreaterThanOrEqual(0);
    const section = readme.slice(start, end < 0 ? undefined : end);
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    expect(block).toContain('npm run gate');
    const named = block.split('\n').flatMap((line) => pathsIn(line.replace(/#.*$/, '')));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((p) => !existsSync(join(root, p)))).toEqual([]);
    expect(section).not.toMatch(/\/work\/|\.\.\/[a-z]/); // nothing outside the repository
  });

  it('finds the paths of a command line, and knows a missing one', () => {
    expect(pathsIn('tsc -b tsconfig.build.json && node tools/bundle-cli.mjs')).toEqual(['tsconfig.build.json', 'tools/bundle-cli.mjs']);
    expect(pathsIn('node tools/bench/<check>.mjs')).toEqual([]);
  });
});
