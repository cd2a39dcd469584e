import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, UsageError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { expandPaths } from './inputs.js';

describe('inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fc-inputs-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'b.yaml'), 'x: 1');
  writeFileSync(join(dir, 'sub', 'a.yml'), 'x: 1');
  writeFileSync(join(dir, 'notes.txt'), 'x');
  it('expands directories to *.yaml and *.yml, sorted; keeps - for stdin', () => {
    expect(expandPaths([dir, '-'], '/')).toEqual([join(dir, 'b.yaml'), join(dir, 'sub', 'a.yml'), '-']);
  });
  it('errors on nothing or a missing path', () => {
    expect(() => expandPaths([], '/')).toThrow(UsageError);
    expect(() => expandPaths(['nope.yaml'], dir)).toThrow(InputError);
  });
});
