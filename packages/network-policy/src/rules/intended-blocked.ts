import { defineRule } from '@flightcheck/core';
import type { Endpoint, Flow } from '../intent/intent.js';
import { ConnSet } from '../model/connset.js';
import { formatRange, within } from '../model/ip.js';
import type { GateSubject } from '../gate/subject.js';
import type { Workload } from '../model/types.js';

const describe = (e: Endpoint): string => (e.kind === 'workload' ? e.name : e.kind === 'api' ? 'kubernetes-api' : e.kind === 'cidr' ? e.text : `${e.namespace ?? '*'}/${JSON.stringify(e.labels)}`);

/** An intended flow that the policies block (the application would break). */
export default defineRule<GateSubject, 'blocked' | 'unknown'>({
  meta: {
    id: 'intended-blocked',
    target: 'flightcheck.yaml',
    severity: 'high',
    docs: { description: 'A flow declared in checks.network-policy.intent is not allowed by the network policies: the application would break.' },
    messages: {
      blocked: 'intended flow {{src}} → {{dst}} on {{want}} is blocked: {{missing}} not allowed',
      unknown: 'intended flow names {{endpoint}}, which matches no workload of the manifests or checks.network-policy.pods',
    },
  },
  check(s, ctx) {
    const file = s.intent.file ?? 'flightcheck.yaml';
    for (const f of s.intent.flows ?? []) {
      const loc = { file, line: f.line };
      for (const e of [...f.from, ...f.to]) if ((e.kind === 'workload' || e.kind === 'selector') && !s.resolve(e).length) ctx.report({ messageId: 'unknown', data: { endpoint: describe(e) }, location: loc });
      for (const from of f.from) for (const to of f.to) check(s, f, from, to, (src, dst, missing) => ctx.report({ messageId: 'blocked', data: { src, dst, want: f.ports.toString(), missing: missing.toString() }, location: loc, resolution: 'Allow it on both sides: the egress of the source and the ingress of the destination.' }));
    }
  },
});

function check(s: GateSubject, f: Flow, from: Endpoint, to: Endpoint, report: (src: string, dst: string, missing: ConnSet) => void): void {
  const conns = s.analysis.connectivity;
  const srcs: Workload[] = from.kind === 'workload' || from.kind === 'selector' ? s.resolve(from) : [];
  const dsts: Workload[] = to.kind === 'workload' || to.kind === 'selector' ? s.resolve(to) : [];
  for (const src of srcs) {
    for (const dst of dsts) {
      if (src === dst) continue;
      const missing = f.ports.subtract(s.between(src, dst));
      if (!missing.isEmpty()) report(src.display, dst.display, missing);
    }
    if (to.kind === 'cidr') {
      for (const r of conns.dstRanges.filter((x) => within(x, to.range))) {
        const missing = f.ports.subtract(s.index.decide('egress', src, { ip: r }));
        if (!missing.isEmpty()) report(src.display, formatRange(r), missing);
      }
    }
    if (to.kind === 'api') {
      // the API server's address differs per cluster: some address range, or the cluster, must be reachable
      const best = [...conns.dstRanges.map((r) => s.index.decide('egress', src, { ip: r })), s.entireCluster('egress', src)].reduce((a, b) => (b.intersect(f.ports).equals(f.ports) ? b : a), ConnSet.NONE);
      const missing = f.ports.subtract(best);
      if (!missing.isEmpty()) report(src.display, 'kubernetes-api', missing);
    }
  }
  if (from.kind === 'cidr') {
    for (const dst of dsts) {
      for (const r of conns.srcRanges.filter((x) => within(x, from.range))) {
        const missing = f.ports.subtract(s.index.decide('ingress', dst, { ip: r }));
        if (!missing.isEmpty()) report(formatRange(r), dst.display, missing);
      }
    }
  }
}
