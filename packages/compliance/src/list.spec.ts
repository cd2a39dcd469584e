import { describe, expect, it } from 'vitest';
import { renderCheckList } from './list.js';

describe('compliance list', () => {
  it('prints 39 checks with target and default/optional', () => {
    const lines = renderCheckList().trim().split('\n');
    expect(lines).toHaveLength(39);
    expect(lines[0]).toMatch(/^deployment-strategy\s+Deployment\s+default\s+Makes sure/);
  });
});
