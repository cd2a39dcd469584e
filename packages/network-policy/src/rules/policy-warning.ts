import { defineRule } from '@flightcheck/core';
import type { GateSubject } from '../gate/subject.js';
import { at } from './where.js';

/** Policy parts that have no effect: a policy that selects no pod, a named port no selected pod declares. */
export default defineRule<GateSubject, 'noPods' | 'namedPort' | 'warning'>({
  meta: {
    id: 'policy-warning',
    target: 'NetworkPolicy',
    severity: 'low',
    docs: { description: 'A NetworkPolicy that selects no pod of the manifests, or a named port that no pod declares, has no effect and usually hides a typo.' },
    messages: {
      noPods: 'NetworkPolicy {{ns}}/{{name}} selects no pod of the manifests',
      namedPort: 'NetworkPolicy {{ns}}/{{name}}: named port "{{port}}" is declared by no pod of the manifests; the entry allows nothing',
      warning: '{{message}}',
    },
  },
  check(s, ctx) {
    const pods = s.index.workloads.filter((w) => !w.pseudo);
    for (const p of s.analysis.topology.policies) {
      if (!pods.some((w) => w.ns === p.ns && p.podSelector.matches(w.labels))) ctx.report({ messageId: 'noPods', data: { ns: p.ns, name: p.name }, ...at(p.object, ['spec', 'podSelector']) });
      for (const dir of ['ingress', 'egress'] as const) {
        for (const r of p[dir] ?? []) {
          for (const [i, port] of (r.ports ?? []).entries()) {
            if (port.kind !== 'named' || pods.some((w) => w.ports.some((c) => c.name === port.name))) continue;
            ctx.report({ messageId: 'namedPort', data: { ns: p.ns, name: p.name, port: port.name }, ...at(p.object, ['spec', dir, r.index, 'ports', i]) });
          }
        }
      }
    }
    for (const p of s.analysis.problems) {
      if (p.level !== 'warning' || p.unreadable) continue;
      ctx.report({ messageId: 'warning', data: { message: p.message }, ...(p.file ? { location: { file: p.file, ...(p.line ? { line: p.line } : {}) } } : {}), ...(p.object ? { object: p.object } : {}) });
    }
  },
});
