import { defineRule } from '@flightcheck/core';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';

export const subjectKindUnknown = defineRule<RbacAnalysis, 'issue'>({
  meta: {
    id: 'subject-kind-unknown',
    target: 'rbac',
    severity: 'medium',
    docs: {
      description:
        'A binding names a subject whose kind is not User, Group or ServiceAccount: it matches nobody, so whoever the author meant gets nothing (and the API server rejects it).',
    },
    messages: { issue: '{{message}}' },
  },
  check(a, ctx) {
    for (const i of a.store.issues) {
      if (i.kind !== 'subject-kind-unknown') continue;
      ctx.report({
        messageId: 'issue',
        data: { message: i.message },
        location: { file: a.rel(i.obj.file), line: i.line },
        object: objectRef(i.obj),
        resolution: 'Use kind User, Group or ServiceAccount (with its namespace).',
      });
    }
  },
});
