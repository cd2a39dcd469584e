import { escalationRule } from './helpers/escalation-rule.js';

export const secretsRead = escalationRule({
  id: 'secrets-read',
  description:
    'A subject can get, list or watch Secrets, in a namespace or cluster-wide: it reads every credential there, including legacy ServiceAccount token Secrets (and so becomes those ServiceAccounts).',
  resolution: "Grant Secrets only by resourceNames, to the one workload that needs them, or mount the Secret into the pod instead of reading it through the API; list and watch return every Secret's data.",
});
