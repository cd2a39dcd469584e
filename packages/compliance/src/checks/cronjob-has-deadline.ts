import { defineCheck, isKind } from '../engine/check.js';
import { specOf } from './helpers/util.js';

export default defineCheck({
  id: 'cronjob-has-deadline',
  name: 'CronJob has deadline',
  target: 'CronJob',
  description: 'Makes sure that all CronJobs has a configured deadline',
  messages: { noDeadline: 'The CronJob should have startingDeadlineSeconds configured' },
  appliesTo: isKind('CronJob'),
  check(s, ctx) {
    const v = specOf(s.object).startingDeadlineSeconds;
    if (v !== undefined && v !== null) return;
    ctx.report({ messageId: 'noDeadline', resolution: 'Set spec.startingDeadlineSeconds so that runs that cannot start in time are given up instead of piling up.' });
  },
});
