import { describe, expect, it } from 'vitest';
import { container, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-security-context-readonlyrootfilesystem.js';

describe('container-security-context-readonlyrootfilesystem', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-security-context-readonlyrootfilesystem'));
  it("OK read-only", () => expect(gradeOf('container-security-context-readonlyrootfilesystem', [pod()])).toBe('OK'));
  it("CRITICAL writable", () => expect(gradeOf('container-security-context-readonlyrootfilesystem', [pod({ containers: [container({ securityContext: { runAsUser: 20000 } })] })])).toBe('CRITICAL'));
  it("CRITICAL without a container security context", () => expect(gradeOf('container-security-context-readonlyrootfilesystem', [pod({ securityContext: { runAsUser: 20000 }, containers: [container({ securityContext: undefined })] })])).toBe('CRITICAL'));
});
