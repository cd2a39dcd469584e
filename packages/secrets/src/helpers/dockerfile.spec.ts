import { describe, expect, it } from 'vitest';
import { dockerfileVars } from './dockerfile.js';

describe('dockerfileVars', () => {
  it('reads ENV and ARG in every form', () => {
    const lines = ['FROM x', 'ARG TOKEN', 'ARG V=1', 'env A=1 B="two words" \\', '    C=3', 'ENV LEGACY some value', 'RUN echo ENV X=1'];
    expect(dockerfileVars(lines)).toEqual([
      { instruction: 'ARG', name: 'TOKEN', line: 2 },
      { instruction: 'ARG', name: 'V', value: '1', line: 3 },
      { instruction: 'ENV', name: 'A', value: '1', line: 4 },
      { instruction: 'ENV', name: 'B', value: 'two words', line: 4 },
      { instruction: 'ENV', name: 'C', value: '3', line: 4 },
      { instruction: 'ENV', name: 'LEGACY', value: 'some value', line: 6 },
    ]);
  });
});
