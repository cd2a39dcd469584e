import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, hpa } from './__fixtures__/build.js';
import check from './deployment-targeted-by-hpa-does-not-have-replicas-configured.js';

describe('deployment-targeted-by-hpa-does-not-have-replicas-configured', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('deployment-targeted-by-hpa-does-not-have-replicas-configured'));
  it("CRITICAL with replicas and an HPA", () => expect(gradeOf('deployment-targeted-by-hpa-does-not-have-replicas-configured', [deployment(), hpa()])).toBe('CRITICAL'));
  it("OK without replicas", () => expect(gradeOf('deployment-targeted-by-hpa-does-not-have-replicas-configured', [deployment({ replicas: undefined }), hpa()])).toBe('OK'));
  it("SKIPPED without an HPA", () => expect(gradeOf('deployment-targeted-by-hpa-does-not-have-replicas-configured', [deployment()])).toBe('SKIPPED'));
});
