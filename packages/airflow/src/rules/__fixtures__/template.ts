/** A scheduler with the KubernetesExecutor and its pod template in a ConfigMap, for the pod-template rule specs. */
export interface TemplateOpts {
  /** Lines of the pod template's spec (indented by the caller's two spaces). */
  spec?: string[];
  container?: string[];
  executorNs?: string;
  multi?: boolean;
  nsList?: string;
  extra?: string;
}

export function scheduler(o: TemplateOpts = {}): string {
  const spec = o.spec ?? ['automountServiceAccountToken: false'];
  const container = o.container ?? ['securityContext: { allowPrivilegeEscalation: false }'];
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: airflow-scheduler, namespace: airflow }',
    'spec:',
    '  template:',
    '    spec:',
    '      serviceAccountName: airflow-scheduler',
    '      containers:',
    '        - name: scheduler',
    '          image: apache/airflow:3.1.8',
    '          args: [scheduler]',
    '          env:',
    '            - { name: AIRFLOW__CORE__EXECUTOR, value: KubernetesExecutor }',
    '            - { name: AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE, value: /t/pod.yaml }',
    `            - { name: AIRFLOW__KUBERNETES_EXECUTOR__NAMESPACE, value: ${o.executorNs ?? 'airflow'} }`,
    ...(o.multi ? ['            - { name: AIRFLOW__KUBERNETES_EXECUTOR__MULTI_NAMESPACE_MODE, value: "True" }'] : []),
    ...(o.nsList ? [`            - { name: AIRFLOW__KUBERNETES_EXECUTOR__MULTI_NAMESPACE_MODE_NAMESPACE_LIST, value: "${o.nsList}" }`] : []),
    '          volumeMounts: [{ name: t, mountPath: /t }]',
    '      volumes: [{ name: t, configMap: { name: tpl } }]',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: tpl, namespace: airflow }',
    'data:',
    '  pod.yaml: |',
    '    apiVersion: v1',
    '    kind: Pod',
    '    metadata: { name: placeholder }',
    '    spec:',
    ...spec.map((l) => `      ${l}`),
    '      containers:',
    '        - name: base',
    '          image: apache/airflow:3.1.8',
    ...container.map((l) => `          ${l}`),
    ...(o.extra ? ['---', o.extra] : []),
  ].join('\n');
}

export const launcher = (bindingKind: 'RoleBinding' | 'ClusterRoleBinding', ns = 'airflow') => `apiVersion: rbac.authorization.k8s.io/v1
kind: ${bindingKind === 'RoleBinding' ? 'Role' : 'ClusterRole'}
metadata: { name: launcher, namespace: ${ns} }
rules: [{ apiGroups: [""], resources: [pods], verbs: [create, get, list, watch, delete, patch] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ${bindingKind}
metadata: { name: launcher, namespace: ${ns} }
roleRef: { kind: ${bindingKind === 'RoleBinding' ? 'Role' : 'ClusterRole'}, name: launcher }
subjects: [{ kind: ServiceAccount, name: airflow-scheduler, namespace: airflow }]`;
