import { escalationRule } from './helpers/escalation-rule.js';

export const admissionWebhookWrite = escalationRule({
  id: 'admission-webhook-write',
  description:
    'A subject can write admission webhook configurations or admission policies: it sees or rewrites every object sent to the API (Secrets, pods, roles) or blocks them.',
  resolution: 'Keep admission configuration writes to cluster administrators.',
});
