import { escalationRule } from './helpers/escalation-rule.js';

export const serviceaccountTokenCreate = escalationRule({
  id: 'serviceaccount-token-create',
  description:
    "A subject can create serviceaccounts/token: the TokenRequest API hands it a token of that ServiceAccount, so it holds that ServiceAccount's permissions.",
  resolution: 'Remove create on serviceaccounts/token, or restrict it by resourceNames to ServiceAccounts holding no more than the requester.',
});
