import { escalationRule } from './helpers/escalation-rule.js';

export const podAttach = escalationRule({
  id: 'pod-attach',
  description:
    'A subject can attach to running containers (pods/attach): it reads and writes their standard streams and can drive an interactive shell running in them.',
  resolution: 'Remove pods/attach from roles that workloads or ordinary users hold.',
});
