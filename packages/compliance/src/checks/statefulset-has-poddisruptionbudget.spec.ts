import { describe, expect, it } from 'vitest';
import { gradeOf, pdb, statefulset } from './__fixtures__/build.js';
import check from './statefulset-has-poddisruptionbudget.js';

describe('statefulset-has-poddisruptionbudget', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('statefulset-has-poddisruptionbudget'));
  it("OK with a matching PDB", () => expect(gradeOf('statefulset-has-poddisruptionbudget', [statefulset(), pdb()])).toBe('OK'));
  it("CRITICAL without", () => expect(gradeOf('statefulset-has-poddisruptionbudget', [statefulset()])).toBe('CRITICAL'));
  it("matchExpressions", () => expect(gradeOf('statefulset-has-poddisruptionbudget', [statefulset(), pdb({ selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['a', 'b'] }] } })])).toBe('OK'));
  it("SKIPPED with 1 replica", () => expect(gradeOf('statefulset-has-poddisruptionbudget', [statefulset({ replicas: 1 })])).toBe('SKIPPED'));
  it("a PDB in another namespace does not count", () => expect(gradeOf('statefulset-has-poddisruptionbudget', [statefulset(), pdb({}, { namespace: 'other' })])).toBe('CRITICAL'));
});
