import { defineCheck, isAppsV1 } from '../engine/check.js';
import { servicesSelecting, specOf } from './helpers/util.js';

export default defineCheck({
  id: 'deployment-strategy',
  name: 'Deployment Strategy',
  target: 'Deployment',
  description: 'Makes sure that all Deployments targeted by service use RollingUpdate strategy',
  messages: { notRolling: 'Deployment update strategy' },
  appliesTo: isAppsV1('Deployment'),
  check(s, ctx) {
    if (!servicesSelecting(s).length) return s.skip('Skipped as the Deployment is not targeted by service');
    const type = specOf(s.object).strategy?.type;
    if (type === undefined || type === null || type === '' || type === 'RollingUpdate') return;
    ctx.report({
      messageId: 'notRolling',
      severity: 'medium',
      resolution: `The Deployment is behind a Service but uses the ${String(type)} strategy, which stops every pod before starting new ones. Set .spec.strategy.type to RollingUpdate. See https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#strategy`,
    });
  },
});
