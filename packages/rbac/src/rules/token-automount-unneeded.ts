import { defineRule } from '@flightcheck/core';
import { objectRef, type RbacAnalysis } from './helpers/analysis.js';

export const tokenAutomountUnneeded = defineRule<RbacAnalysis, 'serviceAccount' | 'pod'>({
  meta: {
    id: 'token-automount-unneeded',
    target: 'rbac',
    severity: 'medium',
    docs: { description: 'A ServiceAccount or a pod mounts the API token (automountServiceAccountToken is not false) although its declared need (flightcheck.yaml checks.rbac.needs) uses no API: whoever runs code in the pod gets a credential for nothing.' },
    messages: {
      serviceAccount: 'ServiceAccount {{sa}} needs no API access but its token is mounted into its pods (automountServiceAccountToken is not false)',
      pod: '{{kind}} {{name}} mounts the token of ServiceAccount {{sa}}, which needs no API access',
    },
  },
  check(a, ctx) {
    for (const t of a.leastPrivilege?.tokens ?? []) {
      ctx.report({
        messageId: t.kind === 'ServiceAccount' ? 'serviceAccount' : 'pod',
        data: { sa: t.serviceAccount, kind: t.obj.kind, name: `${t.obj.metadata.namespace ?? 'default'}/${t.obj.metadata.name ?? '?'}` },
        location: { file: a.rel(t.obj.file), line: t.line },
        object: objectRef(t.obj),
        resolution: 'Set automountServiceAccountToken: false (on the ServiceAccount and in the pod spec), or declare the need in checks.rbac.needs.',
      });
    }
  },
});
