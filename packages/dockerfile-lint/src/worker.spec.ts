import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lintPath } from './batch.js';
import { compiledExecArgv } from './parallel.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';
import { DEFAULT_RULE_CONFIG, type RuleConfig } from './rules/rule.js';

// The compiled worker (npx tsc -b tsconfig.build.json): a worker thread runs JavaScript, not these sources.
const built = new URL('../dist/worker.js', import.meta.url);


function dir(files: Record<string, string | Buffer>): string {
  const d = mkdtempSync(join(tmpdir(), 'dl-worker-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, f)), { recursive: true });
    writeFileSync(join(d, f), text);
  }
  return d;
}

/** A real worker thread on the compiled module, with its replies queued. */
function start(cwd: string, config: RuleConfig) {
  const replies: WorkerReply[] = [];
  const waiting: ((r: WorkerReply) => void)[] = [];
  const w = new Worker(built, { workerData: { cwd, config }, execArgv: compiledExecArgv() });
  w.on('message', (m: WorkerReply) => (waiting.length ? waiting.shift()!(m) : replies.push(m)));
  const exited = new Promise<number>((resolve, reject) => {
    w.on('exit', resolve);
    w.on('error', reject);
  });
  const next = (): Promise<WorkerReply> => (replies.length ? Promise.resolve(replies.shift()!) : new Promise((r) => waiting.push(r)));
  const send = (m: WorkerRequest) => w.postMessage(m);
  return { w, next, send, exited };
}

const files = {
  'a/Dockerfile': 'FROM debian:latest\nRUN cd /x && echo $1\n',
  'b/Dockerfile': '# hadolint global ignore=DL3006\nFROM ubuntu\nONBUILD RUN sudo ls\n',
  'c/Dockerfile': '',
  'd/Dockerfile': 'FROM a\nRUN <<EOF\necho\n',
  'bin/Dockerfile': Buffer.from([0, 0xff, 1]),
};

// CI builds before testing: there the compiled worker must exist and this must run
describe.runIf(existsSync(fileURLToPath(built)) || Boolean(process.env.CI))('worker thread (compiled)', () => {
  it('says ready, lints each batch like lintPath in this thread, keeps the indices, and stops on stop', async () => {
    const d = dir(files);
    const config: RuleConfig = { ...DEFAULT_RULE_CONFIG, trustedRegistries: ['r.example'] };
    const { next, send, exited } = start(d, config);
    expect(await next()).toEqual({ kind: 'ready' });

    const batch1: [number, string][] = [[4, 'b/Dockerfile'], [0, 'a/Dockerfile']];
    send({ kind: 'lint', files: batch1 });
    const r1 = await next();
    expect(r1.kind).toBe('results');
    expect(r1.kind === 'results' && r1.results).toEqual(batch1.map(([i, f]) => [i, lintPath(f, d, config)]));
    // the configuration reached the rules: DL3026 for an untrusted registry (raw findings: before levels and pragmas)
    const a = r1.kind === 'results' ? r1.results[1]![1] : undefined;
    expect(a && 'findings' in a ? a.findings.map((f) => f.ruleId).sort() : []).toEqual(['DL3003', 'DL3007', 'DL3026', 'DL3057']);
    expect(a && 'scripts' in a ? a.scripts.length : 0).toBe(1);

    const batch2: [number, string][] = [[7, 'c/Dockerfile'], [8, 'd/Dockerfile'], [9, 'bin/Dockerfile'], [10, 'missing/Dockerfile']];
    send({ kind: 'lint', files: batch2 });
    const r2 = await next();
    if (r2.kind !== 'results') throw new Error('expected results');
    expect(r2.results).toEqual(batch2.map(([i, f]) => [i, lintPath(f, d, config)]));
    const [c, parse, bin, missing] = r2.results.map(([, r]) => r);
    expect(c).toMatchObject({ file: 'c/Dockerfile', empty: true, findings: [] });
    expect(parse).toMatchObject({ parseError: { ruleId: 'DL1000' } });
    expect(bin).toMatchObject({ file: 'bin/Dockerfile', error: { input: true, name: 'InputError', file: 'bin/Dockerfile' } });
    expect(missing).toMatchObject({ file: 'missing/Dockerfile', error: { input: true } });

    send({ kind: 'stop' });
    expect(await exited).toBe(0);
  }, 60_000);

  it('answers an empty batch with no results', async () => {
    const { next, send, exited } = start(dir({}), DEFAULT_RULE_CONFIG);
    expect(await next()).toEqual({ kind: 'ready' });
    send({ kind: 'lint', files: [] });
    expect(await next()).toEqual({ kind: 'results', results: [] });
    send({ kind: 'stop' });
    expect(await exited).toBe(0);
  }, 60_000);
});

describe.runIf(isMainThread)('worker module outside a worker thread', () => {
  it('does nothing when imported in the main thread', async () => {
    const mod = await import('./worker.js');
    expect(Object.keys(mod)).toEqual([]);
  });
});
