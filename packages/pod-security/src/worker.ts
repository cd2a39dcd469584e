// Worker-thread entry of the parallel reading (parallel.ts): reads and judges the parts of a stream the main
// thread sends (k8s readStreamPart, judge.ts collect), and posts back what each part collected, as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { collectingSink } from './collect.js';
import { readStreamPart } from './manifests.js';
import type { PartReply, PartRequest, WorkerData } from './parallel.js';

const port = parentPort;
if (port) {
  const { config } = workerData as WorkerData;
  port.on('message', (m: PartRequest) => {
    if (m.kind === 'stop') {
      port.close();
      return;
    }
    const c = collectingSink(config);
    const read = readStreamPart(m.text, m.file, m.line, c.sink);
    const reply: PartReply = { kind: 'part', index: m.index, result: read ? { ...read, collected: { parts: c.parts, embeddedProblems: c.embeddedProblems } } : null };
    port.postMessage(reply);
  });
}
