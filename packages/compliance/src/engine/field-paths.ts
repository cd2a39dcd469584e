import type { YamlPath } from '@flightcheck/k8s';
import type { KubeObject } from './types.js';

/** Per container check: the field of the container a failing comment is about (the comment's path names the container). */
const CONTAINER_FIELD: Record<string, (summary: string) => (string | number)[]> = {
  'container-cpu-requests-equal-limits': () => ['resources'],
  'container-memory-requests-equal-limits': () => ['resources'],
  'container-resource-requests-equal-limits': () => ['resources'],
  'container-ephemeral-storage-request-and-limit': () => ['resources'],
  'container-ephemeral-storage-request-equals-limit': () => ['resources'],
  'container-resources': (s) => ['resources', /request/i.test(s) ? 'requests' : 'limits', /memory/i.test(s) ? 'memory' : 'cpu'],
  'container-image-pull-policy': () => ['imagePullPolicy'],
  'container-image-tag': () => ['image'],
  'container-ports-check': () => ['ports'],
  'container-security-context-privileged': () => ['securityContext', 'privileged'],
  'container-security-context-readonlyrootfilesystem': () => ['securityContext', 'readOnlyRootFilesystem'],
  'container-security-context-user-group-id': (s) => ['securityContext', /group/i.test(s) ? 'runAsGroup' : 'runAsUser'],
  'environment-variable-key-duplication': () => ['env'],
  'pod-probes-identical': () => ['readinessProbe'],
};

/** Per object check: the field of the object (`pod.` paths are under the PodSpec). */
const OBJECT_FIELD: Record<string, (string | number)[]> = {
  'deployment-replicas': ['spec', 'replicas'],
  'deployment-strategy': ['spec', 'strategy'],
  'deployment-targeted-by-hpa-does-not-have-replicas-configured': ['spec', 'replicas'],
  'deployment-pod-selector-labels-match-template-metadata-labels': ['spec', 'selector'],
  'statefulset-pod-selector-labels-match-template-metadata-labels': ['spec', 'selector'],
  'statefulset-has-servicename': ['spec', 'serviceName'],
  'cronjob-has-deadline': ['spec', 'startingDeadlineSeconds'],
  'service-type': ['spec', 'type'],
  'horizontalpodautoscaler-has-target': ['spec', 'scaleTargetRef'],
  'horizontalpodautoscaler-replicas': ['spec', 'minReplicas'],
  'ingress-targets-service': ['spec', 'rules'],
  'networkpolicy-targets-pod': ['spec', 'podSelector'],
  'poddisruptionbudget-has-policy': ['spec'],
  'stable-version': ['apiVersion'],
};
const POD_FIELD: Record<string, (string | number)[]> = {
  'cronjob-restartpolicy': ['restartPolicy'],
  'deployment-has-host-podantiaffinity': ['affinity'],
  'statefulset-has-host-podantiaffinity': ['affinity'],
  'pod-topology-spread-constraints': ['topologySpreadConstraints'],
  'container-seccomp-profile': ['securityContext'],
};

/**
 * The path of the field a failing comment is about, for its line (lineOf falls back to the nearest existing
 * ancestor); undefined when the check is about the object as a whole.
 */
export function fieldPathOf(o: KubeObject, checkId: string, commentPath: string, summary: string): YamlPath | undefined {
  if (checkId === 'label-values' && commentPath) return ['metadata', 'labels', commentPath];
  const obj = OBJECT_FIELD[checkId];
  if (obj) return obj;
  const pod = o.pod;
  if (!pod) return undefined;
  const podField = POD_FIELD[checkId];
  if (podField) return [...pod.specPath, ...podField];
  const field = CONTAINER_FIELD[checkId];
  if (!field) return undefined;
  for (const list of ['initContainers', 'containers']) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    const i = items.findIndex((c: unknown) => c && typeof c === 'object' && (c as { name?: unknown }).name === commentPath);
    if (i >= 0) return [...pod.specPath, list, i, ...field(summary)];
  }
  return undefined;
}
