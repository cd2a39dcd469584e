import { escalationRule } from './helpers/escalation-rule.js';

export const podExec = escalationRule({
  id: 'pod-exec',
  description:
    'A subject can exec into pods (pods/exec): it runs commands in the running containers, with their ServiceAccount tokens, mounted Secrets and environment.',
  resolution: "Remove pods/exec; debugging belongs to a break-glass role bound for a limited time, not to a workload's ServiceAccount.",
});
