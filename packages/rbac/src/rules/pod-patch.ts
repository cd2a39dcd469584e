import { escalationRule } from './helpers/escalation-rule.js';

export const podPatch = escalationRule({
  id: 'pod-patch',
  description:
    "A subject can update or patch pods: changing a container's image runs code of its choosing inside a running pod, with that pod's ServiceAccount token and Secrets.",
  resolution: 'Grant patch on pods only to the controller that owns them, in a namespace whose pods run with no more rights than it holds.',
});
