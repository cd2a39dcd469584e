import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-security-context-user-group-id.js';

describe('container-security-context-user-group-id', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-security-context-user-group-id'));
  it("OK with high ids", () => expect(gradeOf('container-security-context-user-group-id', [pod()])).toBe('OK'));
  it("CRITICAL with a low user", () => expect(gradeOf('container-security-context-user-group-id', [pod({ containers: [container({ securityContext: { runAsUser: 1000, runAsGroup: 20000 } })] })])).toBe('CRITICAL'));
  it("pod-level ids are inherited", () => expect(gradeOf('container-security-context-user-group-id', [pod({ securityContext: { runAsUser: 20000, runAsGroup: 20000 }, containers: [container({ securityContext: { readOnlyRootFilesystem: true } })] })])).toBe('OK'));
  it("CRITICAL with no security context", () => expect(gradeOf('container-security-context-user-group-id', [pod({ containers: [container({ securityContext: undefined })] })])).toBe('CRITICAL'));
});
