import { escalationRule } from './helpers/escalation-rule.js';

export const rolebindingWrite = escalationRule({
  id: 'rolebinding-write',
  description:
    'A subject can create, update or patch role bindings or cluster role bindings: it can hand the roles it holds (or may bind) to any subject, system:unauthenticated included.',
  resolution: 'Keep binding writes to cluster administrators and GitOps controllers; a workload never needs them.',
});
