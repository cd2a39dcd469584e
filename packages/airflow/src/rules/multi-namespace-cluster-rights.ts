import { defineRule } from '@flightcheck/core';
import type { AirflowModel } from '../model.js';
import { kubernetesSchedulers } from './helpers/executor.js';
import { at } from './helpers/findings.js';
import { podCreateRights } from './helpers/rbac.js';

export const multiNamespaceClusterRights = defineRule<AirflowModel, 'cluster-wide' | 'no-list'>({
  meta: {
    id: 'multi-namespace-cluster-rights',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: '`[kubernetes_executor] multi_namespace_mode` is on and the scheduler holds cluster-wide pod rights (a ClusterRoleBinding), or no `multi_namespace_mode_namespace_list` limits it (Airflow then watches every namespace, which needs cluster-wide rights): the scheduler, and whoever takes it over, can start pods in any namespace, kube-system included.' },
    messages: {
      'cluster-wide': '{{component}}: multi_namespace_mode with cluster-wide pod rights for {{sa}} ({{binding}}): the scheduler can start pods in every namespace',
      'no-list': '{{component}}: multi_namespace_mode without multi_namespace_mode_namespace_list: Airflow watches every namespace and needs cluster-wide pod rights',
    },
  },
  check(model, ctx) {
    for (const k of kubernetesSchedulers(model)) {
      if (!k.multi) continue;
      const rights = podCreateRights(model.objects, k.c.namespace, k.sa);
      const resolution = 'list the task namespaces in [kubernetes_executor] multi_namespace_mode_namespace_list and bind a Role in each of them instead of a ClusterRole';
      if (rights.clusterWide) ctx.report({ messageId: 'cluster-wide', data: { component: k.c.label, sa: `${k.c.namespace}/${k.sa}`, binding: `${rights.clusterWide.file}:${rights.clusterWide.line}` }, ...at(rights.clusterWide), resolution });
      else if (!k.namespaceList.length) ctx.report({ messageId: 'no-list', data: { component: k.c.label }, ...at(k.multiWhere), resolution });
    }
  },
});
