import { escalationRule } from './helpers/escalation-rule.js';

export const podPortforward = escalationRule({
  id: 'pod-portforward',
  description:
    'A subject can port-forward to pods (pods/portforward): it connects to any port of them through the API server, past every NetworkPolicy.',
  resolution: 'Remove pods/portforward; reach services through their intended, authenticated entry points.',
});
