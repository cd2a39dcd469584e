import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, pod } from './__fixtures__/build.js';
import check from './container-seccomp-profile.js';

describe('container-seccomp-profile', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('container-seccomp-profile'));
  it("WARNING without a profile", () => expect(gradeOf('container-seccomp-profile', [pod()])).toBe('WARNING'));
  it("OK with a pod profile", () => expect(gradeOf('container-seccomp-profile', [pod({ securityContext: { seccompProfile: { type: 'RuntimeDefault' } } })])).toBe('OK'));
  it("OK with the annotation", () => expect(gradeOf('container-seccomp-profile', [deployment({}, {}, {}, { annotations: { 'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'runtime/default' } })])).toBe('OK'));
  it("SKIPPED by default (optional)", () => expect(gradeOf('container-seccomp-profile', [pod()], { enableOptionalTests: [] })).toBe('SKIPPED'));
});
