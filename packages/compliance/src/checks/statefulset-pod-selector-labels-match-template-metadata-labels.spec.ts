import { describe, expect, it } from 'vitest';
import { gradeOf, statefulset } from './__fixtures__/build.js';
import check from './statefulset-pod-selector-labels-match-template-metadata-labels.js';

describe('statefulset-pod-selector-labels-match-template-metadata-labels', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('statefulset-pod-selector-labels-match-template-metadata-labels'));
  it("OK when matching", () => expect(gradeOf('statefulset-pod-selector-labels-match-template-metadata-labels', [statefulset()])).toBe('OK'));
  it("CRITICAL without a selector", () => expect(gradeOf('statefulset-pod-selector-labels-match-template-metadata-labels', [statefulset({ selector: undefined })])).toBe('CRITICAL'));
});
