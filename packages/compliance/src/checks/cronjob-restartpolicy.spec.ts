import { describe, expect, it } from 'vitest';
import { cronjob, gradeOf } from './__fixtures__/build.js';
import check from './cronjob-restartpolicy.js';

describe('cronjob-restartpolicy', () => {
  it('has the kube-score id', () => expect(check.meta.id).toBe('cronjob-restartpolicy'));
  it("OK with OnFailure", () => expect(gradeOf('cronjob-restartpolicy', [cronjob({}, { restartPolicy: 'OnFailure' })])).toBe('OK'));
  it("CRITICAL with Always", () => expect(gradeOf('cronjob-restartpolicy', [cronjob({}, { restartPolicy: 'Always' })])).toBe('CRITICAL'));
  it("CRITICAL when not set", () => expect(gradeOf('cronjob-restartpolicy', [cronjob({}, { restartPolicy: undefined })])).toBe('CRITICAL'));
});
