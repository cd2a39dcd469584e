/** The (apiVersion, kind) pairs kube-score decodes; every other object is passed over. */
export const RECOGNISED: Record<string, readonly string[]> = {
  Pod: ['v1'],
  Service: ['v1'],
  Job: ['batch/v1'],
  CronJob: ['batch/v1', 'batch/v1beta1'],
  Deployment: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
  StatefulSet: ['apps/v1', 'apps/v1beta1', 'apps/v1beta2'],
  DaemonSet: ['apps/v1', 'apps/v1beta2', 'extensions/v1beta1'],
  NetworkPolicy: ['networking.k8s.io/v1'],
  PodDisruptionBudget: ['policy/v1beta1', 'policy/v1'],
  Ingress: ['extensions/v1beta1', 'networking.k8s.io/v1beta1', 'networking.k8s.io/v1'],
  HorizontalPodAutoscaler: ['autoscaling/v1', 'autoscaling/v2beta1', 'autoscaling/v2beta2', 'autoscaling/v2'],
};

export function isRecognised(apiVersion: string, kind: string): boolean {
  return Object.hasOwn(RECOGNISED, kind) && RECOGNISED[kind]!.includes(apiVersion);
}
