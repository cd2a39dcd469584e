import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT, NAMESPACE } from './__fixtures__/judge.js';
import { toPodSecurityConfig } from './admission/config.js';
import { collectingSink } from './collect.js';
import { decide } from './judge.js';
import { loadManifests } from './manifests.js';
import { AUTO_PARALLEL, MAX_THREADS, PARALLEL_MIN_CHARS, parallelReading, threadCount, workerScript, type PoolOptions } from './parallel.js';

// the compiled worker (npx tsc -b tsconfig.build.json): worker threads run JavaScript, not these sources
const built = new URL('../dist/worker.js', import.meta.url);
const config = toPodSecurityConfig({}, 'flightcheck.yaml', '/');

/** Namespaces of every enforce level, each followed and preceded by workloads of other namespaces. */
function manifests(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    const ns = `team-${i % 5}`;
    if (i % 40 === 20) docs.push(NAMESPACE({ enforce: ['restricted', 'baseline', 'privileged'][(i / 40) % 3 | 0]!, warn: 'restricted' }, `team-${(i / 40) % 5 | 0}`));
    docs.push(DEPLOYMENT(ns, i % 9 === 4 ? '{privileged: true}' : i % 7 === 2 ? '{runAsUser: 0}' : undefined, `app-${i}`));
  }
  return docs.join('---\n');
}

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pss-par-'));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

/** Reads and decides the files as run.ts does; `jobs` 1 = this thread alone. */
async function run(dir: string, files: string[], jobs: number, options: PoolOptions = { script: built }) {
  const collector = collectingSink(config);
  const reading = parallelReading(config, collector, jobs, options);
  try {
    const loaded = await loadManifests(files, { cwd: dir, recordPositions: true, sink: collector.sink, parseText: reading.parseText });
    return { loaded, judged: decide(collector.parts, { config }), parts: reading.parts, reading };
  } finally {
    await reading.close();
  }
}

describe('threadCount', () => {
  it('takes --jobs as given, else one thread (AUTO_PARALLEL is off)', () => {
    expect(AUTO_PARALLEL).toBe(false);
    expect(threadCount(10, 3)).toBe(3);
    expect(threadCount(PARALLEL_MIN_CHARS * 4, 1)).toBe(1);
    expect(threadCount(PARALLEL_MIN_CHARS * 4, undefined, 8)).toBe(1);
  });
  it('in automatic mode, two threads from PARALLEL_MIN_CHARS on a machine with cores to spare', () => {
    expect(threadCount(PARALLEL_MIN_CHARS - 1, undefined, 8, true)).toBe(1);
    expect(threadCount(PARALLEL_MIN_CHARS, undefined, 8, true)).toBe(MAX_THREADS);
    expect(threadCount(PARALLEL_MIN_CHARS, undefined, 1, true)).toBe(1);
    expect(threadCount(PARALLEL_MIN_CHARS, 1, 8, true)).toBe(1);
  });
});

describe('workerScript', () => {
  it('takes the bundle while no file it holds changed, else the compiled module, else none (TypeScript sources)', () => {
    const dir = write({ 'worker.bundle.cjs': '', 'worker.js': '', 'held.js': '' });
    const bundle = pathToFileURL(join(dir, 'worker.bundle.cjs'));
    const module = pathToFileURL(join(dir, 'worker.js'));
    utimesSync(join(dir, 'held.js'), 1_000, 1_000);
    writeFileSync(join(dir, 'worker.bundle.json'), JSON.stringify({ inputs: { 'held.js': 1_000_000 } }));
    expect(workerScript(bundle, module)).toEqual(bundle);
    utimesSync(join(dir, 'held.js'), 2_000, 2_000);
    expect(workerScript(bundle, module)).toEqual(module);
    expect(workerScript(pathToFileURL(join(dir, 'none.cjs')), pathToFileURL(join(dir, 'none.js')))).toBeUndefined();
  });
  const bundled = new URL('../dist/worker.bundle.cjs', import.meta.url);
  it.runIf(existsSync(fileURLToPath(bundled)))('takes the bundle tools/bundle-cli.mjs made (npm run build), which reads parts as the module does', async () => {
    expect(workerScript(bundled, built)).toEqual(bundled);
    const dir = write({ 'a.yaml': manifests(200) });
    const viaBundle = await run(dir, ['a.yaml'], 2, { script: bundled });
    expect(viaBundle.parts.workers).toBeGreaterThan(0);
    expect(viaBundle.judged).toEqual((await run(dir, ['a.yaml'], 1)).judged);
  }, 60_000);
});

describe.runIf(existsSync(fileURLToPath(built)))('parallelReading', () => {
  it('gives the report of one thread, with a worker reading parts of each large file beside this thread', async () => {
    const dir = write({ 'a.yaml': manifests(300), 'b.yaml': manifests(90).replace(/team-/g, 'other-'), 'c.yaml': NAMESPACE({ enforce: 'baseline' }, 'other-1') });
    const files = ['a.yaml', 'b.yaml', 'c.yaml'];
    const one = await run(dir, files, 1);
    const two = await run(dir, files, 2);
    expect(one.parts).toEqual({ workers: 0, here: 0 });
    expect(two.parts.workers).toBeGreaterThan(0);
    expect(two.reading.alive).toBe(0);
    expect(two.judged).toEqual(one.judged);
    expect(two.loaded).toEqual(one.loaded);
    expect(one.judged.findings.filter((f) => f.severity === 'high').length).toBeGreaterThan(10);
  }, 60_000);
  it('reads a file again on this thread when a part of it cannot be read apart, to the same report and problem', async () => {
    const text = manifests(200);
    const anchored = text.slice(0, text.length - 200) + text.slice(text.length - 200).replace('name: app-', 'name: &a app-');
    const broken = `${text}---\n- a list\n`;
    const dir = write({ 'anchored.yaml': anchored, 'broken.yaml': broken });
    for (const f of ['anchored.yaml', 'broken.yaml']) {
      const one = await run(dir, [f], 1);
      const two = await run(dir, [f], 3);
      expect(two.judged).toEqual(one.judged);
      expect(two.loaded).toEqual(one.loaded);
    }
    expect((await run(dir, ['broken.yaml'], 2)).loaded.problems).toHaveLength(1);
  }, 60_000);
  it('fails a file closed when a worker fails (an error naming it, none of its objects judged), reads the files after it on this thread, and leaves no worker', async () => {
    const dir = write({ 'crash.mjs': "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n", 'a.yaml': manifests(120), 'b.yaml': manifests(60).replace(/team-/g, 'b-') });
    const crashed = await run(dir, ['a.yaml', 'b.yaml'], 2, { script: pathToFileURL(join(dir, 'crash.mjs')) });
    expect(crashed.loaded.problems).toEqual([{ file: join(dir, 'a.yaml'), reason: expect.stringMatching(/^could not be judged: a worker thread failed \(boom\); none of its objects was judged$/) }]);
    expect(crashed.judged.findings.some((f) => f.location?.file === join(dir, 'a.yaml'))).toBe(false);
    expect(crashed.reading.alive).toBe(0);
    const b = await run(dir, ['b.yaml'], 1);
    expect(crashed.judged.findings).toEqual(b.judged.findings);
    // a worker past its heap bound fails the same way (a bound too small to start an isolate at all is fatal to the
    // process on Node 24: the bound is for a worker that grows, as this one does)
    writeFileSync(join(dir, 'hungry.mjs'), "import { parentPort } from 'node:worker_threads';\nconst kept = [];\nparentPort.on('message', () => { for (;;) kept.push(new Array(1e5).fill({ x: 1 })); });\n");
    const bounded = await run(dir, ['a.yaml'], 2, { script: pathToFileURL(join(dir, 'hungry.mjs')), resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
    expect(bounded.loaded.problems).toEqual([{ file: join(dir, 'a.yaml'), reason: expect.stringMatching(/a worker thread failed \(.*memory limit.*\)/) }]);
    expect(bounded.reading.alive).toBe(0);
  }, 60_000);
});
