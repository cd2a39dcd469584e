import { defineCheck, isKind } from '../engine/check.js';
import { podOf } from './helpers/util.js';

export default defineCheck({
  id: 'cronjob-restartpolicy',
  name: 'CronJob RestartPolicy',
  target: 'CronJob',
  description: 'Makes sure CronJobs have a valid RestartPolicy',
  messages: { badPolicy: 'The CronJob must have a valid RestartPolicy configured' },
  appliesTo: isKind('CronJob'),
  check(s, ctx) {
    const p = podOf(s).spec.restartPolicy;
    if (p === 'Never' || p === 'OnFailure') return;
    ctx.report({ messageId: 'badPolicy', resolution: 'Set the job template restartPolicy to Never or OnFailure.' });
  },
});
