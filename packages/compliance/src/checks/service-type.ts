import { defineCheck } from '../engine/check.js';
import { specOf } from './helpers/util.js';

export default defineCheck({
  id: 'service-type',
  name: 'Service Type',
  target: 'Service',
  description: 'Makes sure that the Service type is not NodePort',
  messages: { nodePort: 'The service is of type NodePort' },
  appliesTo: (o) => o.kind === 'Service' && o.apiVersion === 'v1',
  check(s, ctx) {
    if (specOf(s.object).type !== 'NodePort') return;
    ctx.report({ messageId: 'nodePort', severity: 'medium', resolution: 'A NodePort opens the port on every node and bypasses NetworkPolicies. Prefer a ClusterIP behind an Ingress, or a LoadBalancer.' });
  },
});
