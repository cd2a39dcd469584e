import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, hpa, service } from './__fixtures__/build.js';
import check from './deployment-replicas.js';

describe('deployment-replicas', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('deployment-replicas'));
  it("WARNING with 1 replica behind a Service", () => expect(gradeOf('deployment-replicas', [deployment({ replicas: 1 }), service()])).toBe('WARNING'));
  it("missing replicas counts as 1", () => expect(gradeOf('deployment-replicas', [deployment({ replicas: undefined }), service()])).toBe('WARNING'));
  it("OK with 3 replicas", () => expect(gradeOf('deployment-replicas', [deployment(), service()])).toBe('OK'));
  it("SKIPPED when an HPA controls it", () => expect(gradeOf('deployment-replicas', [deployment({ replicas: 1 }), service(), hpa()])).toBe('SKIPPED'));
  it("SKIPPED without a Service", () => expect(gradeOf('deployment-replicas', [deployment({ replicas: 1 })])).toBe('SKIPPED'));
  it("honours --min-replicas-deployment", () => expect(gradeOf('deployment-replicas', [deployment({ replicas: 3 }), service()], { minReplicasDeployment: 4 })).toBe('WARNING'));
});
