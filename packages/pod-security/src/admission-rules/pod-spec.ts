import { defineRule } from '@flightcheck/core';

/** A pod spec that the checks cannot read as the API server would (a wrong type, or too large to judge). */
export default defineRule<unknown, 'type' | 'size', unknown>({
  meta: {
    id: 'pod-spec',
    target: 'Pod',
    severity: 'high',
    docs: { description: 'The fields the Pod Security checks read must have the types of the Kubernetes API (the API server rejects anything else), and a pod spec must stay within bounds to be judged.', url: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/' },
    messages: {
      type: '{{field}} must be {{expected}}, not {{actual}}: the API server would reject it, and it cannot be judged',
      size: '{{field}} holds {{count}} items, more than {{max}}: the pod spec is too large to judge',
    },
  },
  check() {},
});
