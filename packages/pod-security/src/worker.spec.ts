import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT, NAMESPACE } from './__fixtures__/judge.js';
import { toPodSecurityConfig } from './admission/config.js';
import { collectingSink } from './collect.js';
import { parseManifestText, readStreamPart } from './manifests.js';
import { compiledExecArgv, type PartReply, type PartRequest } from './parallel.js';

// The compiled worker (npx tsc -b tsconfig.build.json): a worker thread runs JavaScript, not these sources.
const built = new URL('../dist/worker.js', import.meta.url);
const config = toPodSecurityConfig({}, 'flightcheck.yaml', '/');

function start() {
  const w = new Worker(built, { workerData: { config }, execArgv: compiledExecArgv() });
  const replies: PartReply[] = [];
  const waiting: ((r: PartReply) => void)[] = [];
  w.on('message', (m: PartReply) => (waiting.length ? waiting.shift()!(m) : replies.push(m)));
  const exited = new Promise<number>((resolve, reject) => {
    w.on('exit', resolve);
    w.on('error', reject);
  });
  const next = (): Promise<PartReply> => (replies.length ? Promise.resolve(replies.shift()!) : Promise.race([new Promise<PartReply>((r) => waiting.push(r)), exited.then(() => Promise.reject(new Error('the worker ended')))]));
  return { send: (m: PartRequest) => w.postMessage(m), next, exited };
}

describe.runIf(existsSync(fileURLToPath(built)))('the pod-security worker thread', () => {
  it('reads and judges each part it is sent to what this thread collects of it, and stops when told', async () => {
    const text = `---\n${[NAMESPACE({ enforce: 'baseline' }, 'team'), DEPLOYMENT('team', '{privileged: true}'), DEPLOYMENT('team', undefined, 'ok')].join('---\n')}`;
    const here = collectingSink(config);
    const read = readStreamPart(text, 'm.yaml', 40, here.sink)!;
    const w = start();
    w.send({ kind: 'part', index: 3, file: 'm.yaml', text, line: 40 });
    w.send({ kind: 'part', index: 4, file: 'm.yaml', text: `${text}---\n- not an object\n`, line: 1 });
    const first = await w.next();
    expect(first).toEqual({ kind: 'part', index: 3, result: { ...read, collected: { parts: here.parts, embeddedProblems: here.embeddedProblems } } });
    // at its place in the stream: the lines of the same text 39 lines down a file read whole
    const whole = parseManifestText(`${'\n'.repeat(39)}${text}`, 'm.yaml').objects.filter((o) => o.kind === 'Deployment');
    expect(first.result!.collected.parts[0].workloads.map((x) => x.line)).toEqual(whole.map((o) => o.line));
    // a part that cannot be read apart: null (the main thread reads the whole file)
    expect(await w.next()).toEqual({ kind: 'part', index: 4, result: null });
    w.send({ kind: 'stop' });
    expect(await w.exited).toBe(0);
  }, 60_000);
});
