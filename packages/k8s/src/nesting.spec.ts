import { describe, expect, it } from 'vitest';
import { NestingError } from './errors.js';
import { guardNesting, MAX_FLOW_BRACKETS, MAX_INDENT } from './nesting.js';

describe('guardNesting', () => {
  it('passes ordinary files, brackets in strings included', () => {
    expect(() => guardNesting(`a: "${'['.repeat(MAX_FLOW_BRACKETS)}"\nb: ${']'.repeat(50)}\n`, 'f.yaml')).not.toThrow();
    expect(() => guardNesting(`a: |\n${' '.repeat(MAX_INDENT)}x\n`, 'f.yaml')).not.toThrow();
    expect(() => guardNesting(`a: "${' '.repeat(MAX_INDENT + 5)}"\n`, 'f.yaml')).not.toThrow(); // a long run of blanks, but not an indentation
  });
  it('refuses a deep indentation on the first line too', () => {
    expect(() => guardNesting(`${' '.repeat(MAX_INDENT + 1)}x: 1\n`, 'f.yaml')).toThrow(new NestingError('f.yaml', `a line is indented more than ${MAX_INDENT} columns`, 1));
  });
  it('refuses a deep indentation or bracket run, naming the line', () => {
    expect(() => guardNesting(`a: 1\nb: |\n${' '.repeat(MAX_INDENT + 1)}x\n`, 'f.yaml')).toThrow(new NestingError('f.yaml', `a line is indented more than ${MAX_INDENT} columns`, 3));
    const e = (() => {
      try {
        guardNesting(`a: 1\n\nb: ${'['.repeat(MAX_FLOW_BRACKETS + 1)}\n`, 'g.yaml');
      } catch (x) {
        return x as NestingError;
      }
    })();
    expect(e).toBeInstanceOf(NestingError);
    expect(e).toMatchObject({ file: 'g.yaml', line: 3 });
  });
  it('is linear on long inputs', () => {
    const src = '[]'.repeat(1 << 20);
    const t = performance.now();
    guardNesting(src, 'f.yaml');
    expect(performance.now() - t).toBeLessThan(20_000); // quadratic would take hours
  });
});
