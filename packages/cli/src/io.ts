import type { CommandIO } from '@flightcheck/core';

export function processIO(): CommandIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: (max) =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        process.stdin.on('data', (c: Buffer) => {
          size += c.length;
          if (size > max) {
            process.stdin.destroy();
            reject(new Error(`standard input is larger than ${max} bytes`));
          } else chunks.push(c);
        });
        process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        process.stdin.on('error', reject);
      }),
  };
}
