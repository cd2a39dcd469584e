import { escalationRule } from './helpers/escalation-rule.js';

export const podCreate = escalationRule({
  id: 'pod-create',
  description:
    'A subject can create pods in a namespace: a pod may name any ServiceAccount of that namespace (spec.serviceAccountName), so the subject holds the union of their permissions.',
  resolution: 'Give pod creation only to the controller that needs it, in a namespace whose other ServiceAccounts hold no more than it does; keep powerful ServiceAccounts in namespaces nobody else can create pods in.',
});
