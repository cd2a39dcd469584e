import { escalationRule } from './helpers/escalation-rule.js';

export const impersonate = escalationRule({
  id: 'impersonate',
  description:
    'A subject can impersonate users, groups, ServiceAccounts or user attributes: it acts with their permissions; impersonating a user in the group system:masters is everything.',
  resolution: 'Remove the impersonate verb; where impersonation is needed, restrict it by resourceNames to identities that hold less than the impersonator, and never allow groups.',
});
