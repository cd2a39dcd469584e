import { defineRule } from '@flightcheck/core';
import { describeRule } from '../engine/policy-rule.js';
import type { RbacAnalysis } from './helpers/analysis.js';

const lineOf = (line: number | undefined) => (line === undefined ? {} : { line });

export const needNotGranted = defineRule<RbacAnalysis, 'unmet'>({
  meta: {
    id: 'need-not-granted',
    target: 'rbac',
    severity: 'high',
    docs: { description: 'A permission declared in flightcheck.yaml checks.rbac.needs is granted by no binding: the application would fail at run time when it calls the API.' },
    messages: { unmet: 'ServiceAccount {{sa}} needs {{missing}} {{scope}} (checks.rbac.needs, rules[{{index}}]), but no binding grants it' },
  },
  check(a, ctx) {
    for (const u of a.leastPrivilege?.unmet ?? []) {
      const missing = u.missing.slice(0, 6).map(describeRule).join('; ') + (u.missing.length > 6 ? `; and ${u.missing.length - 6} more` : '');
      ctx.report({
        messageId: 'unmet',
        data: { sa: `${u.need.namespace}/${u.need.name}`, missing, scope: u.need.scope ? `in ${u.need.scope}` : 'cluster-wide', index: u.index },
        ...(a.policyFile ? { location: { file: a.rel(a.policyFile), ...lineOf(u.need.ruleLines?.[u.index] ?? u.need.line) } } : {}),
        object: { apiVersion: 'v1', kind: 'ServiceAccount', namespace: u.need.namespace, name: u.need.name },
        resolution: 'Bind a Role with exactly these rules to the ServiceAccount in that namespace, or correct the declared need.',
      });
    }
  },
});
