import { defineRule } from '@flightcheck/core';
import type { GateSubject } from '../gate/subject.js';
import { at } from './where.js';

/** A namespace of the workloads without a default-deny policy for ingress or egress. */
export default defineRule<GateSubject, 'missing'>({
  meta: {
    id: 'missing-default-deny',
    target: 'Namespace',
    severity: 'medium',
    docs: { description: 'Every namespace with workloads should have a NetworkPolicy that selects all its pods and allows nothing in each direction (default deny), so that a new pod starts isolated.' },
    messages: { missing: 'namespace {{ns}} has no default-deny {{dir}} NetworkPolicy (podSelector: {} with policyTypes [{{Dir}}] and no {{dir}} rules)' },
  },
  check(s, ctx) {
    const topo = s.analysis.topology;
    const namespaces = [...new Set(s.own.map((w) => w.ns))].sort();
    for (const ns of namespaces) {
      for (const dir of ['ingress', 'egress'] as const) {
        const ok = topo.policies.some((p) => p.ns === ns && p.podSelector.empty && p[dir] !== null && p[dir]!.length === 0);
        if (ok) continue;
        const nsObj = s.analysis.loaded.objects.find((o) => o.kind === 'Namespace' && o.metadata.name === ns);
        const first = s.own.find((w) => w.ns === ns && w.object)?.object;
        const where = at(nsObj ?? first);
        ctx.report({
          messageId: 'missing',
          data: { ns, dir, Dir: dir === 'ingress' ? 'Ingress' : 'Egress' },
          ...where,
          ...(nsObj ? {} : { object: { kind: 'Namespace', name: ns } }),
          resolution: `Add a NetworkPolicy in ${ns} with podSelector: {} and policyTypes: [${dir === 'ingress' ? 'Ingress' : 'Egress'}], then allow each needed flow explicitly.`,
        });
      }
    }
  },
});
