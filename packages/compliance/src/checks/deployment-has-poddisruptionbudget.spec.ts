import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, pdb } from './__fixtures__/build.js';
import check from './deployment-has-poddisruptionbudget.js';

describe('deployment-has-poddisruptionbudget', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('deployment-has-poddisruptionbudget'));
  it("OK with a matching PDB", () => expect(gradeOf('deployment-has-poddisruptionbudget', [deployment(), pdb()])).toBe('OK'));
  it("CRITICAL when the selector does not match", () => expect(gradeOf('deployment-has-poddisruptionbudget', [deployment(), pdb({ selector: { matchLabels: { app: 'b' } } })])).toBe('CRITICAL'));
  it("NotIn expression", () => expect(gradeOf('deployment-has-poddisruptionbudget', [deployment(), pdb({ selector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['a'] }] } })])).toBe('CRITICAL'));
  it("nil selector matches nothing", () => expect(gradeOf('deployment-has-poddisruptionbudget', [deployment(), pdb({ selector: undefined })])).toBe('CRITICAL'));
});
