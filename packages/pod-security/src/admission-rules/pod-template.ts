import { defineRule } from '@flightcheck/core';

/** A workload whose pod template cannot be found: admission cannot judge it (and the API server would refuse it). */
export default defineRule<unknown, 'missing', unknown>({
  meta: {
    id: 'pod-template',
    target: 'Pod',
    severity: 'high',
    docs: { description: 'Every workload must carry a pod template (a mapping at the path its kind defines) so that its pods can be judged against the Pod Security Standards.', url: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates' },
    messages: { missing: '{{kind}} {{name}} has no pod template at {{path}} ({{why}}): it cannot be judged, so it fails' },
  },
  check() {},
});
