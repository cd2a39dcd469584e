import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-security-context-privileged.js';

describe('container-security-context-privileged', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-security-context-privileged'));
  it("OK unprivileged", () => expect(gradeOf('container-security-context-privileged', [pod()])).toBe('OK'));
  it("CRITICAL privileged", () => expect(gradeOf('container-security-context-privileged', [pod({ containers: [container({ securityContext: { privileged: true } })] })])).toBe('CRITICAL'));
});
