import { defineRule } from '@flightcheck/core';
import type { AirflowModel } from '../model.js';
import { kubernetesSchedulers } from './helpers/executor.js';
import { at } from './helpers/findings.js';
import { hasRbac, podCreateRights } from './helpers/rbac.js';

export const executorNamespaceRbac = defineRule<AirflowModel, 'uncovered' | 'cluster-wide'>({
  meta: {
    id: 'executor-namespace-rbac',
    target: 'airflow-config',
    severity: 'medium',
    docs: { description: 'The KubernetesExecutor launches task pods in `[kubernetes_executor] namespace` (default `default`), but the scheduler\'s ServiceAccount may not create pods there by the RBAC of the manifests (tasks never start, or run where nobody meant them to), or it may create pods in every namespace though the executor uses one. Judged only when the manifests hold RBAC objects.' },
    messages: {
      uncovered: '{{component}}: the KubernetesExecutor launches task pods in namespace {{namespace}}, but ServiceAccount {{sa}} may create pods only in {{covered}}',
      'cluster-wide': '{{component}}: ServiceAccount {{sa}} may create pods in every namespace ({{binding}}), though the executor launches them only in {{namespace}}',
    },
  },
  check(model, ctx) {
    if (!hasRbac(model.objects)) return;
    for (const k of kubernetesSchedulers(model)) {
      if (k.multi) continue; // multi-namespace-cluster-rights judges that mode
      const rights = podCreateRights(model.objects, k.c.namespace, k.sa);
      const sa = `${k.c.namespace}/${k.sa}`;
      if (rights.clusterWide) {
        ctx.report({ messageId: 'cluster-wide', data: { component: k.c.label, sa, binding: `${rights.clusterWide.file}:${rights.clusterWide.line}`, namespace: k.namespace }, ...at(rights.clusterWide), resolution: `replace the ClusterRoleBinding with a RoleBinding in namespace ${k.namespace}` });
      } else if (!rights.namespaces.has(k.namespace)) {
        const covered = rights.namespaces.size ? [...rights.namespaces].sort().join(', ') : 'no namespace';
        ctx.report({ messageId: 'uncovered', data: { component: k.c.label, namespace: k.namespace, sa, covered }, ...at(k.namespaceWhere), resolution: `set [kubernetes_executor] namespace to the namespace the scheduler's Role covers, or bind a Role with pods create/get/list/watch/delete in ${k.namespace} to ${sa}` });
      }
    }
  },
});
