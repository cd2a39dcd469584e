import { defineRule } from '@flightcheck/core';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';

export const aggregationCycle = defineRule<RbacAnalysis, 'issue'>({
  meta: {
    id: 'aggregation-cycle',
    target: 'rbac',
    severity: 'medium',
    docs: {
      description:
        'Aggregated ClusterRoles select each other in a cycle: the controller keeps rewriting them; the check resolves them to the union of the non-aggregated roles in the chain.',
    },
    messages: { issue: '{{message}}' },
  },
  check(a, ctx) {
    for (const i of a.store.issues) {
      if (i.kind !== 'aggregation-cycle') continue;
      ctx.report({
        messageId: 'issue',
        data: { message: i.message },
        location: { file: a.rel(i.obj.file), line: i.line },
        object: objectRef(i.obj),
        resolution: 'Break the cycle: an aggregated ClusterRole should not carry the labels its own aggregators select.',
      });
    }
  },
});
