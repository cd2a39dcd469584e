import { escalationRule } from './helpers/escalation-rule.js';

export const roleBind = escalationRule({
  id: 'role-bind',
  description:
    'A subject can create (cluster)role bindings and holds bind on roles whose rules it does not hold: it can grant itself those roles.',
  resolution: 'Remove bind on roles and clusterroles (or restrict it by resourceNames to roles the subject may hand out), and keep rolebinding writes to administrators.',
});
