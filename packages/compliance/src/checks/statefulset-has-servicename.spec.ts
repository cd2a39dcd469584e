import { describe, expect, it } from 'vitest';
import { gradeOf, service, statefulset } from './__fixtures__/build.js';
import check from './statefulset-has-servicename.js';

describe('statefulset-has-servicename', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('statefulset-has-servicename'));
  it("OK with a headless service", () => expect(gradeOf('statefulset-has-servicename', [statefulset(), service({ clusterIP: 'None' }, { name: 'headless' })])).toBe('OK'));
  it("CRITICAL when not headless", () => expect(gradeOf('statefulset-has-servicename', [statefulset(), service({}, { name: 'headless' })])).toBe('CRITICAL'));
  it("CRITICAL in another namespace", () => expect(gradeOf('statefulset-has-servicename', [statefulset(), service({ clusterIP: 'None' }, { name: 'headless', namespace: 'other' })])).toBe('CRITICAL'));
});
