import { describe, expect, it } from 'vitest';
import { gradeOf, pdb } from './__fixtures__/build.js';
import check from './poddisruptionbudget-has-policy.js';

describe('poddisruptionbudget-has-policy', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('poddisruptionbudget-has-policy'));
  it("OK with minAvailable", () => expect(gradeOf('poddisruptionbudget-has-policy', [pdb()])).toBe('OK'));
  it("OK with maxUnavailable", () => expect(gradeOf('poddisruptionbudget-has-policy', [pdb({ minAvailable: undefined, maxUnavailable: '10%' })])).toBe('OK'));
  it("CRITICAL with neither", () => expect(gradeOf('poddisruptionbudget-has-policy', [pdb({ minAvailable: undefined })])).toBe('CRITICAL'));
});
