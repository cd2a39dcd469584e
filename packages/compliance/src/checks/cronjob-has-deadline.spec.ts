import { describe, expect, it } from 'vitest';
import { cronjob, gradeOf } from './__fixtures__/build.js';
import check from './cronjob-has-deadline.js';

describe('cronjob-has-deadline', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('cronjob-has-deadline'));
  it("OK with a deadline", () => expect(gradeOf('cronjob-has-deadline', [cronjob()])).toBe('OK'));
  it("CRITICAL without", () => expect(gradeOf('cronjob-has-deadline', [cronjob({ startingDeadlineSeconds: undefined })])).toBe('CRITICAL'));
  it("batch/v1beta1 too", () => expect(gradeOf('cronjob-has-deadline', [cronjob({ startingDeadlineSeconds: undefined }, {}, 'batch/v1beta1')])).toBe('CRITICAL'));
});
