import { describe, expect, it } from 'vitest';
import { deployment, gradeOf, service } from './__fixtures__/build.js';
import check from './service-targets-pod.js';

describe('service-targets-pod', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('service-targets-pod'));
  it("OK when a deployment matches", () => expect(gradeOf('service-targets-pod', [service(), deployment()], {}, 'Service')).toBe('OK'));
  it("CRITICAL when nothing matches", () => expect(gradeOf('service-targets-pod', [service({ selector: { app: 'b' } }), deployment()], {}, 'Service')).toBe('CRITICAL'));
  it("CRITICAL in another namespace", () => expect(gradeOf('service-targets-pod', [service(), deployment({}, { namespace: 'other' })], {}, 'Service')).toBe('CRITICAL'));
  it("ExternalName is OK", () => expect(gradeOf('service-targets-pod', [service({ type: 'ExternalName', externalName: 'x.example' })], {}, 'Service')).toBe('OK'));
});
