import { defineRule } from '@flightcheck/core';
import { bindingName, roleName } from '../engine/explain.js';
import { describeRule } from '../engine/policy-rule.js';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';
import { isFullAccess, subjectsText } from './helpers/bindings.js';

export const wildcardPermission = defineRule<RbacAnalysis, 'wildcard'>({
  meta: {
    id: 'wildcard-permission',
    target: 'rbac',
    severity: 'high',
    docs: { description: "A bound rule uses * in verbs or resources (or * non-resource URLs): it grants escalate, bind and impersonate, every subresource (pods/exec, serviceaccounts/token), and whatever resources the API gains later." },
    messages: { wildcard: '{{role}} rules[{{index}}] ({{rule}}) is granted by {{binding}} to {{subjects}}: * covers every verb or resource, today and future ones' },
  },
  check(a, ctx) {
    for (const b of a.store.bindings) {
      // a role that allows everything is reported once, as cluster-admin-binding
      if (!b.role || !b.subjects.length || isFullAccess(b)) continue;
      for (const sr of b.role.rules) {
        const r = sr.rule;
        if (!r.verbs.includes('*') && !(r.resources.length && r.resources.includes('*')) && !r.nonResourceURLs.includes('*')) continue;
        ctx.report({
          messageId: 'wildcard',
          data: { role: roleName(sr.role), index: sr.index, rule: describeRule(r), binding: bindingName(b), subjects: subjectsText(b) },
          location: { file: a.rel(sr.role.obj.file), line: sr.line },
          object: objectRef(sr.role.obj),
          resolution: 'List the verbs and resources the subject needs by name.',
        });
      }
    }
  },
});
