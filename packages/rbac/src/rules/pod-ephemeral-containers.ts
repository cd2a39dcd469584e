import { escalationRule } from './helpers/escalation-rule.js';

export const podEphemeralContainers = escalationRule({
  id: 'pod-ephemeral-containers',
  description:
    'A subject can add ephemeral containers to running pods (pods/ephemeralcontainers): a container of its choosing runs inside the pod, with its ServiceAccount token and volumes.',
  resolution: 'Remove update/patch on pods/ephemeralcontainers outside a break-glass role.',
});
