import { defineRule } from '@flightcheck/core';
import { bindingName, roleName } from '../engine/explain.js';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';
import { isFullAccess, subjectsText } from './helpers/bindings.js';

export const clusterAdminBinding = defineRule<RbacAnalysis, 'full'>({
  meta: {
    id: 'cluster-admin-binding',
    target: 'rbac',
    severity: 'critical',
    docs: { description: "A binding grants a role that holds every verb on every resource (cluster-admin or its equal): cluster-wide through a ClusterRoleBinding, or everything in a namespace through a RoleBinding." },
    messages: { full: '{{binding}} grants {{role}}, which allows everything, {{scope}} to {{subjects}}' },
  },
  check(a, ctx) {
    for (const b of a.store.bindings) {
      if (!isFullAccess(b) || !b.subjects.length) continue;
      ctx.report({
        messageId: 'full',
        data: { binding: bindingName(b), role: roleName(b.role!), scope: b.kind === 'ClusterRoleBinding' ? 'in the whole cluster' : `in ${b.namespace}`, subjects: subjectsText(b) },
        location: { file: a.rel(b.obj.file), line: b.roleRef.line },
        object: objectRef(b.obj),
        ...(b.kind === 'RoleBinding' ? { severity: 'high' as const } : {}),
        resolution: 'Bind a role with the rules the subject needs instead; cluster-admin belongs to break-glass users, never to a workload.',
      });
    }
  },
});
