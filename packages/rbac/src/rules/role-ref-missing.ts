import { defineRule } from '@flightcheck/core';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';

export const roleRefMissing = defineRule<RbacAnalysis, 'issue'>({
  meta: {
    id: 'role-ref-missing',
    target: 'rbac',
    severity: 'medium',
    docs: {
      description:
        "A RoleBinding or ClusterRoleBinding refers to a Role or ClusterRole that is not in the manifests (or a ClusterRoleBinding to a Role): it grants nothing now, and whatever such a role holds the moment somebody creates it. High when the role is one of Kubernetes' default ClusterRoles other than cluster-admin (admin, edit, view, system:*): every cluster has it, so the binding grants rules the check cannot see (cluster-admin itself is known, and judged as cluster-admin-binding).",
    },
    messages: { issue: '{{message}}' },
  },
  check(a, ctx) {
    for (const i of a.store.issues) {
      if (i.kind !== 'role-ref-missing') continue;
      ctx.report({
        messageId: 'issue',
        data: { message: i.message },
        location: { file: a.rel(i.obj.file), line: i.line },
        object: objectRef(i.obj),
        ...(i.defaultRole ? { severity: 'high' as const } : {}),
        resolution: i.defaultRole
          ? 'Bind a role of your own, written in the manifests with the rules the subjects need, instead of a default role whose rules the check cannot judge.'
          : 'Create the role in the same change, or remove the binding; a ClusterRoleBinding can only refer to a ClusterRole.',
      });
    }
  },
});
