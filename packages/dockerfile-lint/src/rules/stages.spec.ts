import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parser/dockerfile.js';
import { failuresInUsedStages, walkWithVars } from './stages.js';
import { keyValuePairs } from './util.js';

describe('stage helpers', () => {
  it('keeps failures of the last stage and of stages used as a base', () => {
    const df = parseDockerfile('FROM a:1 AS x\nRUN bad\nFROM b:1 AS y\nRUN bad\nFROM x\nRUN ok\nFROM c:1\nRUN bad\n');
    expect(failuresInUsedStages(df.instructions, (i) => i.args === 'bad')).toEqual([2, 8]);
  });
  it('inherits ENV from a parent stage and keeps ARG names', () => {
    const df = parseDockerfile('ARG G\nFROM a:1 AS p\nENV E=1\nFROM p\nRUN x\nFROM q:1\nRUN y\n');
    const seen: Record<string, string[]> = {};
    walkWithVars(df.instructions, (ins, v) => {
      if (ins.keyword === 'RUN') seen[ins.args] = [...v.args, ...v.env.keys()];
    }, keyValuePairs);
    expect(seen).toEqual({ x: ['G', 'E'], y: ['G'] });
  });
});
