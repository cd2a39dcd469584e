import { describe, expect, it } from 'vitest';
import { deployment, gradeOf } from './__fixtures__/build.js';
import check from './deployment-pod-selector-labels-match-template-metadata-labels.js';

describe('deployment-pod-selector-labels-match-template-metadata-labels', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('deployment-pod-selector-labels-match-template-metadata-labels'));
  it("OK when matching", () => expect(gradeOf('deployment-pod-selector-labels-match-template-metadata-labels', [deployment()])).toBe('OK'));
  it("CRITICAL when not matching", () => expect(gradeOf('deployment-pod-selector-labels-match-template-metadata-labels', [deployment({ selector: { matchLabels: { app: 'b' } } })])).toBe('CRITICAL'));
  it("CRITICAL with an invalid operator", () => expect(gradeOf('deployment-pod-selector-labels-match-template-metadata-labels', [deployment({ selector: { matchExpressions: [{ key: 'app', operator: 'Near' }] } })])).toBe('CRITICAL'));
});
