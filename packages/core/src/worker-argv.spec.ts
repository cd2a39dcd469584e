import { describe, expect, it } from 'vitest';
import { compiledExecArgv } from './worker-argv.js';

describe('compiledExecArgv', () => {
  it("drops the source condition in each of Node's spellings and keeps every other option", () => {
    expect(compiledExecArgv(['--conditions', '@flightcheck/source', '--max-old-space-size=512', '-C', '@flightcheck/source', '--conditions=@flightcheck/source', '--enable-source-maps'])).toEqual(['--max-old-space-size=512', '--enable-source-maps']);
    expect(compiledExecArgv(['--conditions', 'development', '-C', 'node', '--conditions=custom'])).toEqual(['--conditions', 'development', '-C', 'node', '--conditions=custom']);
  });
  it('takes this process by default, and a dangling --conditions is dropped', () => {
    expect(compiledExecArgv()).toEqual(compiledExecArgv(process.execArgv));
    expect(compiledExecArgv(['--trace-gc', '--conditions'])).toEqual(['--trace-gc']);
  });
});
