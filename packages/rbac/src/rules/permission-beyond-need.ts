import { defineRule } from '@flightcheck/core';
import { describeGrant, grantLocation } from '../engine/explain.js';
import { describeRule } from '../engine/policy-rule.js';
import { subjectRef, type RbacAnalysis } from './helpers/analysis.js';

export const permissionBeyondNeed = defineRule<RbacAnalysis, 'beyond'>({
  meta: {
    id: 'permission-beyond-need',
    target: 'rbac',
    severity: 'medium',
    docs: { description: 'A ServiceAccount holds a permission its declared need (flightcheck.yaml checks.rbac.needs) does not include: high when the surplus is one of the escalation kinds, medium otherwise. The resolution prints the smallest Role that serves the need.' },
    messages: { beyond: '{{subject}} holds {{surplus}} {{scope}} beyond its declared need, granted by {{grant}}' },
  },
  check(a, ctx) {
    for (const b of a.leastPrivilege?.beyond ?? []) {
      const loc = grantLocation(b.grant);
      const surplus = b.atoms.slice(0, 6).map(describeRule).join('; ') + (b.atoms.length > 6 ? `; and ${b.atoms.length - 6} more` : '');
      ctx.report({
        messageId: 'beyond',
        data: { subject: b.subject.label, surplus, scope: b.scope ? `in ${b.scope}` : 'cluster-wide', grant: describeGrant(b.grant, a.rel) },
        location: { file: a.rel(loc.file), line: loc.line },
        object: subjectRef(b.subject),
        ...(b.escalation ? { severity: 'high' as const } : {}),
        resolution: `Grant only what the need declares; the smallest role that serves it:\n${b.suggestion}`,
        properties: { subject: b.subject.label, scope: b.scope || '*', surplus: b.atoms.map(describeRule), smallestRole: b.suggestion },
      });
    }
  },
});
