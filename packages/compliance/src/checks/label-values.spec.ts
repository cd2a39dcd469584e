import { describe, expect, it } from 'vitest';
import { gradeOf, pod } from './__fixtures__/build.js';
import check from './label-values.js';

describe('label-values', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('label-values'));
  it("OK with valid values", () => expect(gradeOf('label-values', [pod({}, { labels: { app: 'a-b.c_d', empty: '' } })])).toBe('OK'));
  it("CRITICAL with an invalid value", () => expect(gradeOf('label-values', [pod({}, { labels: { app: 'not valid!' } })])).toBe('CRITICAL'));
});
