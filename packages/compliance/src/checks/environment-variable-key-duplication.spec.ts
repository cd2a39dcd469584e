import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './environment-variable-key-duplication.js';

describe('environment-variable-key-duplication', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('environment-variable-key-duplication'));
  it("OK with distinct keys", () => expect(gradeOf('environment-variable-key-duplication', [pod({ containers: [container({ env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] })] })])).toBe('OK'));
  it("CRITICAL on a duplicate", () => expect(gradeOf('environment-variable-key-duplication', [pod({ containers: [container({ env: [{ name: 'A', value: '1' }, { name: 'A', value: '2' }] })] })])).toBe('CRITICAL'));
});
