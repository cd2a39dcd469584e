import { describe, expect, it } from 'vitest';
import { gradeOf, service } from './__fixtures__/build.js';
import check from './service-type.js';

describe('service-type', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('service-type'));
  it("OK ClusterIP", () => expect(gradeOf('service-type', [service({ type: 'ClusterIP' })])).toBe('OK'));
  it("WARNING NodePort", () => expect(gradeOf('service-type', [service({ type: 'NodePort' })])).toBe('WARNING'));
});
