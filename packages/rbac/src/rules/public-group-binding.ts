import { defineRule } from '@flightcheck/core';
import { bindingName, roleName } from '../engine/explain.js';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';
import { isFullAccess } from './helpers/bindings.js';

const PUBLIC: Record<string, string> = {
  'Group:system:authenticated': 'every authenticated user and ServiceAccount',
  'Group:system:unauthenticated': 'anonymous requests',
  'User:system:anonymous': 'anonymous requests',
  'Group:system:serviceaccounts': 'every ServiceAccount of every namespace',
};

export const publicGroupBinding = defineRule<RbacAnalysis, 'public'>({
  meta: {
    id: 'public-group-binding',
    target: 'rbac',
    severity: 'high',
    docs: { description: 'A binding grants a role to system:authenticated, system:unauthenticated, system:anonymous or system:serviceaccounts: to everybody who can reach the API server, or to every ServiceAccount in the cluster. Reported also when the role is not in the manifests: the binding grants whatever it holds in the cluster.' },
    messages: { public: '{{binding}} grants {{role}} to {{subject}}, that is to {{who}}' },
  },
  check(a, ctx) {
    for (const b of a.store.bindings) {
      const role = b.role ? roleName(b.role) : `${b.roleRef.kind} ${b.roleRef.name} (not in the manifests)`;
      for (const s of b.subjects) {
        const who = PUBLIC[`${s.kind}:${s.name}`];
        if (!who) continue;
        ctx.report({
          messageId: 'public',
          data: { binding: bindingName(b), role, subject: `${s.kind} ${s.name}`, who },
          location: { file: a.rel(b.obj.file), line: s.line },
          object: objectRef(b.obj),
          ...(isFullAccess(b) || s.kind === 'User' || s.name === 'system:unauthenticated' ? { severity: 'critical' as const } : {}),
          resolution: 'Bind the role to the users, groups or ServiceAccounts that need it by name.',
        });
      }
    }
  },
});
