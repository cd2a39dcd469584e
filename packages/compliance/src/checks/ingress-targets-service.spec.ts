import { describe, expect, it } from 'vitest';
import { gradeOf, ingress, service } from './__fixtures__/build.js';
import check from './ingress-targets-service.js';

describe('ingress-targets-service', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('ingress-targets-service'));
  it("OK when the service and port number exist", () => expect(gradeOf('ingress-targets-service', [ingress([{ path: '/', pathType: 'Prefix', backend: { service: { name: 'svc', port: { number: 80 } } } }]), service()])).toBe('OK'));
  it("OK by port name", () => expect(gradeOf('ingress-targets-service', [ingress([{ path: '/', backend: { service: { name: 'svc', port: { name: 'http' } } } }]), service()])).toBe('OK'));
  it("CRITICAL on a wrong port", () => expect(gradeOf('ingress-targets-service', [ingress([{ path: '/', backend: { service: { name: 'svc', port: { number: 81 } } } }]), service()])).toBe('CRITICAL'));
  it("CRITICAL on a missing service", () => expect(gradeOf('ingress-targets-service', [ingress([{ path: '/', backend: { service: { name: 'nope', port: { number: 80 } } } }]), service()])).toBe('CRITICAL'));
  it("v1beta1 serviceName/servicePort", () => expect(gradeOf('ingress-targets-service', [ingress([{ path: '/', backend: { serviceName: 'svc', servicePort: 80 } }], 'networking.k8s.io/v1beta1'), service()])).toBe('OK'));
  it("v1beta1 fields under v1 are ignored", () => expect(gradeOf('ingress-targets-service', [ingress([{ path: '/', backend: { serviceName: 'svc', servicePort: 80 } }]), service()])).toBe('CRITICAL'));
});
