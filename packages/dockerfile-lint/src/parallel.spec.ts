import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintPath } from './batch.js';
import { lintInWorkers, workerCount } from './parallel.js';
import { DEFAULT_RULE_CONFIG } from './rules/rule.js';

// the compiled worker (npx tsc -b tsconfig.build.json); the spec compares it with this thread's run of the sources
const built = new URL('../dist/worker.js', import.meta.url);

function corpus(n: number): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'dl-par-'));
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = `s${i}/Dockerfile`;
    mkdirSync(join(dir, `s${i}`));
    const body = i % 17 === 5 ? 'FROM a\nRUN <<EOF\necho\n' : i % 13 === 7 ? '' : `FROM debian:${i % 3 ? 'latest' : '12'}\n# hadolint ignore=DL3003\nRUN cd /x${i} && apt-get install -y p${i} | tee log\nRUN pip install q${i} && sudo echo $((${i}+1))\n`;
    writeFileSync(join(dir, f), body);
    files.push(f);
  }
  return { dir, files };
}

describe('workerCount', () => {
  it('stays in this thread without the compiled worker, for --jobs 1, and for one file', () => {
    expect(workerCount(1000, 2, pathToFileURL('/nonexistent/worker.js'))).toBe(0);
    expect(workerCount(1000, 1, built)).toBe(0);
    expect(workerCount(1, 4, built)).toBe(0);
    expect(workerCount(1000, 2, built)).toBe(2);
    expect(workerCount(3, 8, built)).toBe(3);
  });
});

describe.runIf(workerCount(2, 2, built) === 2)('lintInWorkers', () => {
  it('gives the same results, in file order, as one thread (workers only, and workers beside this thread)', async () => {
    const { dir, files } = corpus(90);
    const one = files.map((f) => lintPath(f, dir, DEFAULT_RULE_CONFIG));
    expect(await lintInWorkers(files, { cwd: dir, config: DEFAULT_RULE_CONFIG }, 2, undefined, built)).toEqual(one);
    expect(await lintInWorkers(files, { cwd: dir, config: DEFAULT_RULE_CONFIG }, 1, (f) => lintPath(f, dir, DEFAULT_RULE_CONFIG), built)).toEqual(one);
  }, 60_000);
  it('returns an unreadable file in its place (the engine rethrows the first)', async () => {
    const { dir, files } = corpus(20);
    const all = [...files.slice(0, 10), 'missing/Dockerfile', ...files.slice(10)];
    const out = await lintInWorkers(all, { cwd: dir, config: DEFAULT_RULE_CONFIG }, 2, undefined, built);
    expect(out.map((r) => 'error' in r)).toEqual(all.map((f) => f.startsWith('missing')));
  }, 60_000);
});
