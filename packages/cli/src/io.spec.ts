import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processIO } from './io.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('processIO', () => {
  it('describes this process', () => {
    const io = processIO();
    expect(io.cwd).toBe(process.cwd());
    expect(typeof io.isTTY).toBe('boolean');
  });

  it('reads stdin with a bound (in a child process)', () => {
    const script = `import { processIO } from ${JSON.stringify(join(here, '../dist/io.js'))};
      processIO().readStdin(Number(process.argv[1])).then((t) => process.stdout.write('got:' + t.length), (e) => process.stdout.write('err:' + e.message));`;
    const run = (max: number) => spawnSync(process.execPath, ['--input-type=module', '-e', script, String(max)], { input: 'x'.repeat(1000), encoding: 'utf8' }).stdout;
    expect(run(5000)).toBe('got:1000');
    expect(run(10)).toBe('err:standard input is larger than 10 bytes');
  });
});
