import { describe, expect, it } from 'vitest';
import { cronjob, deployment, gradeOf } from './__fixtures__/build.js';
import check from './stable-version.js';

describe('stable-version', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('stable-version'));
  it("OK apps/v1", () => expect(gradeOf('stable-version', [deployment()])).toBe('OK'));
  it("WARNING apps/v1beta1 on v1.18", () => expect(gradeOf('stable-version', [{ ...deployment(), apiVersion: 'apps/v1beta1' }])).toBe('WARNING'));
  it("OK batch/v1beta1 before v1.21", () => expect(gradeOf('stable-version', [cronjob({}, {}, 'batch/v1beta1')], {}, 'CronJob')).toBe('OK'));
  it("WARNING batch/v1beta1 from v1.21", () => expect(gradeOf('stable-version', [cronjob({}, {}, 'batch/v1beta1')], { kubernetesVersion: { major: 1, minor: 21 } }, 'CronJob')).toBe('WARNING'));
});
