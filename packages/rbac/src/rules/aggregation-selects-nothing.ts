import { defineRule } from '@flightcheck/core';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';

export const aggregationSelectsNothing = defineRule<RbacAnalysis, 'issue'>({
  meta: {
    id: 'aggregation-selects-nothing',
    target: 'rbac',
    severity: 'low',
    docs: {
      description:
        "A ClusterRole's aggregationRule selector matches no ClusterRole in the manifests: it aggregates nothing, and the rules written into the role are replaced by the aggregation controller.",
    },
    messages: { issue: '{{message}}' },
  },
  check(a, ctx) {
    for (const i of a.store.issues) {
      if (i.kind !== 'aggregation-selects-nothing') continue;
      ctx.report({
        messageId: 'issue',
        data: { message: i.message },
        location: { file: a.rel(i.obj.file), line: i.line },
        object: objectRef(i.obj),
        resolution: 'Fix the selector labels, or add the ClusterRoles it should aggregate.',
      });
    }
  },
});
