// The shape shared by the escalation rules: one finding per subject and step, naming the subject, what
// it reaches, and the path with the grant (file:line) of each permission used.
import { defineRule, type Rule } from '@flightcheck/core';
import type { EscalationKind } from '../../engine/escalation.js';
import { grantLocation } from '../../engine/explain.js';
import { reportable, subjectRef, type RbacAnalysis } from './analysis.js';

const MAX_GAINS_LISTED = 20;

export interface EscalationRuleSpec {
  id: EscalationKind;
  description: string;
  resolution: string;
}

export function escalationRule(spec: EscalationRuleSpec): Rule<RbacAnalysis, 'escalation'> {
  return defineRule<RbacAnalysis, 'escalation'>({
    meta: {
      id: spec.id,
      target: 'rbac',
      severity: 'high',
      docs: { description: spec.description },
      messages: { escalation: '{{subject}} can escalate: {{effect}}{{reach}}. Path: {{path}}' },
    },
    check(a, ctx) {
      for (const e of reportable(a, spec.id)) {
        const loc = grantLocation(e.via[0]!.grant);
        const reach = e.reachesClusterAdmin ? ', which reaches cluster-admin' : e.reached.length ? `; it gains the rights of ${e.reached.slice(0, 5).join(', ')}${e.reached.length > 5 ? ` and ${e.reached.length - 5} more` : ''}` : '';
        ctx.report({
          messageId: 'escalation',
          data: { subject: e.subject.label, effect: e.effect, reach, path: e.path.map((p, i) => `(${i + 1}) ${p}`).join(' ') },
          location: { file: a.rel(loc.file), line: loc.line },
          object: subjectRef(e.subject),
          resolution: spec.resolution,
          ...(e.reachesClusterAdmin ? { severity: 'critical' as const } : {}),
          // the identities reached, bounded (a namespace where everyone may act as everyone reaches hundreds)
          properties: { subject: e.subject.label, scope: e.scope || '*', path: e.path, gains: e.reached.slice(0, MAX_GAINS_LISTED), gainsCount: e.reached.length, reachesClusterAdmin: e.reachesClusterAdmin },
        });
      }
    },
  });
}
