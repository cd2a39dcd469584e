// Worker-thread entry of the parallel built-in engine (see parallel.ts): reads and lints the batches of files the
// main thread sends, and posts each file's result back with its index. tree-sitter is started once, before 'ready'.
import { parentPort, workerData } from 'node:worker_threads';
import { lintPath } from './batch.js';
import { initShellParser } from './parser/shell.js';
import type { WorkerRequest, WorkerData, WorkerReply } from './parallel.js';

const port = parentPort;
if (port) {
  const { cwd, config } = workerData as WorkerData;
  port.on('message', (m: WorkerRequest) => {
    if (m.kind === 'stop') {
      port.close();
      return;
    }
    const reply: WorkerReply = { kind: 'results', results: m.files.map(([i, file]) => [i, lintPath(file, cwd, config)]) };
    port.postMessage(reply);
  });
  await initShellParser();
  port.postMessage({ kind: 'ready' } satisfies WorkerReply);
}
