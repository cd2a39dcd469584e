import { escalationRule } from './helpers/escalation-rule.js';

export const roleEscalate = escalationRule({
  id: 'role-escalate',
  description:
    "A subject can update a (cluster)role and holds escalate on it: it can write any rule into it, past the API server's escalation check.",
  resolution: "Remove the escalate verb (and wildcards that include it); without it, a role's writer can only add rules it already holds.",
});
