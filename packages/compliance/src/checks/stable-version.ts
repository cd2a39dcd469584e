import { defineCheck, isAny } from '../engine/check.js';

/** Deprecated apiVersion → kind → [replacement, available since MAJOR.MINOR]. */
export const DEPRECATIONS: Record<string, Record<string, [string, number, number]>> = {
  'extensions/v1beta1': {
    Deployment: ['apps/v1', 1, 9],
    DaemonSet: ['apps/v1', 1, 9],
    Ingress: ['networking.k8s.io/v1', 1, 19],
    IngressClass: ['networking.k8s.io/v1', 1, 19],
  },
  'apps/v1beta1': { Deployment: ['apps/v1', 1, 9], StatefulSet: ['apps/v1', 1, 9] },
  'apps/v1beta2': { Deployment: ['apps/v1', 1, 9], StatefulSet: ['apps/v1', 1, 9], DaemonSet: ['apps/v1', 1, 9] },
  'batch/v1beta1': { CronJob: ['batch/v1', 1, 21] },
  'policy/v1beta1': { PodDisruptionBudget: ['policy/v1', 1, 21] },
  'networking.k8s.io/v1beta1': { Ingress: ['networking.k8s.io/v1', 1, 19], IngressClass: ['networking.k8s.io/v1', 1, 19] },
  'autoscaling/v2beta1': { HorizontalPodAutoscaler: ['autoscaling/v2', 1, 23] },
  'autoscaling/v2beta2': { HorizontalPodAutoscaler: ['autoscaling/v2', 1, 23] },
};

export default defineCheck({
  id: 'stable-version',
  name: 'Stable version',
  target: 'all',
  description: 'Checks if the object is using a deprecated apiVersion',
  messages: { deprecated: 'The apiVersion and kind {{apiVersion}}/{{kind}} is deprecated' },
  appliesTo: isAny,
  check(s, ctx) {
    const d = DEPRECATIONS[s.object.apiVersion]?.[s.object.kind];
    if (!d) return;
    const [replacement, major, minor] = d;
    const v = s.options.kubernetesVersion;
    if (v.major < major || (v.major === major && v.minor < minor)) return;
    ctx.report({
      messageId: 'deprecated',
      severity: 'medium',
      data: { apiVersion: s.object.apiVersion, kind: s.object.kind },
      resolution: `Use ${replacement} instead, available since Kubernetes v${major}.${minor}.`,
    });
  },
});
