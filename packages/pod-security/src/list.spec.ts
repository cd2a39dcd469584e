import { describe, expect, it } from 'vitest';
import { renderCheckList } from './list.js';

describe('renderCheckList', () => {
  it('lists every check with its level and versions', () => {
    const out = renderCheckList();
    expect(out.trim().split('\n')).toHaveLength(20);
    expect(out).toMatch(/^seccompProfile_restricted\s+restricted\s+v1.19, v1.25$/m);
  });
});
