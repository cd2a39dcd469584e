import { defineRule } from '@flightcheck/core';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';

export const rbacObjectInvalid = defineRule<RbacAnalysis, 'issue'>({
  meta: {
    id: 'rbac-object-invalid',
    target: 'rbac',
    severity: 'high',
    docs: {
      description:
        'An RBAC object cannot be evaluated as written (a rule that is not a list of strings, more rules or subjects than the check evaluates, a bad selector, no name): the API server would reject it, and the check fails closed rather than vouch for it.',
    },
    messages: { issue: '{{message}}' },
  },
  check(a, ctx) {
    for (const i of a.store.issues) {
      if (i.kind !== 'rbac-object-invalid') continue;
      ctx.report({
        messageId: 'issue',
        data: { message: i.message },
        location: { file: a.rel(i.obj.file), line: i.line },
        object: objectRef(i.obj),
        resolution: 'Fix the object so that the API server accepts it; split very large roles.',
      });
    }
  },
});
