import { defineRule } from '@flightcheck/core';
import type { Target } from '../engine/index.js';
import { ConnSet } from '../model/connset.js';
import { ENTIRE_CLUSTER } from '../engine/exposure.js';
import type { GateSubject } from '../gate/subject.js';
import { at } from './where.js';

/** A connection the policies allow that no intended flow covers. */
export default defineRule<GateSubject, 'pair' | 'exposure'>({
  meta: {
    id: 'allowed-not-intended',
    target: 'NetworkPolicy',
    severity: 'high',
    docs: { description: 'The network policies allow a connection that the intent in flightcheck.yaml (checks.network-policy.intent) does not declare.' },
    messages: {
      pair: '{{src}} can reach {{dst}} on {{conn}}, which the intent does not declare ({{opener}})',
      exposure: '{{src}} can reach {{dst}} on {{conn}}, which the intent does not declare ({{opener}})',
    },
  },
  check(s, ctx) {
    const flows = s.intent.flows;
    if (!flows) return;
    const intended = (src: { w?: any; ip?: any }, dst: { w?: any; ip?: any }): ConnSet => {
      let c = ConnSet.NONE;
      for (const f of flows) if (f.from.some((e) => s.endpointHas(e, src)) && f.to.some((e) => s.endpointHas(e, dst))) c = c.union(f.ports);
      return c;
    };
    const report = (messageId: 'pair' | 'exposure', srcName: string, dstName: string, extra: ConnSet, opener: ReturnType<GateSubject['openingRule']>, fallback: string) => {
      ctx.report({
        messageId,
        data: { src: srcName, dst: dstName, conn: extra.toString(), opener: opener ? `opened by ${opener.policy.object.kind} ${opener.policy.name} at ${opener.policy.object.file}:${opener.rule.line}` : fallback },
        ...(opener ? { location: { file: opener.policy.object.file, line: opener.rule.line }, object: at(opener.policy.object).object! } : {}),
        resolution: 'Narrow the rule that opens it, or declare the flow in checks.network-policy.intent if it is meant to be.',
        properties: { source: srcName, destination: dstName, connections: extra.toString() },
      });
    };
    for (const c of s.analysis.connectivity.connections) {
      if (c.srcW?.pseudo || (c.srcW?.external && !c.dstW) || (c.dstW?.external && !c.srcW) || (c.srcW?.external && c.dstW?.external)) continue;
      const extra = c.conn.subtract(intended({ w: c.srcW, ip: c.srcIp }, { w: c.dstW, ip: c.dstIp }));
      if (extra.isEmpty()) continue;
      // name the side that isolates and still lets it through: the destination's ingress first
      const srcT: Target = c.srcW ? { w: c.srcW } : { ip: c.srcIp! };
      const dstT: Target = c.dstW ? { w: c.dstW } : { ip: c.dstIp! };
      const opener = (c.dstW && !c.dstW.external ? s.openingRule('ingress', c.dstW, srcT, extra) : undefined) ?? (c.srcW ? s.openingRule('egress', c.srcW, dstT, extra) : undefined);
      report('pair', c.src, c.dst, extra, opener, 'no policy isolates this direction');
    }
    // representative peers: what a pod that is not in the manifests could reach or be reached from
    for (const [dir, lines] of [['egress', s.exposure.egress], ['ingress', s.exposure.ingress]] as const) {
      for (const l of lines) {
        if (l.workload.external || l.conn.isEmpty() || !s.index.protectedIn(l.workload, dir)) continue;
        if (!l.covers && l.peer !== ENTIRE_CLUSTER) continue; // IP ranges: judged with the pairs above
        let c = ConnSet.NONE;
        for (const f of flows) {
          const mine = dir === 'egress' ? f.from : f.to;
          const theirs = dir === 'egress' ? f.to : f.from;
          if (!mine.some((e) => s.endpointHas(e, { w: l.workload }))) continue;
          const covered = l.covers ? theirs.some((e) => s.resolve(e).some((w) => l.covers!(w))) : theirs.some((e) => e.kind === 'api' || (e.kind === 'selector' && !e.namespace && !Object.keys(e.labels).length));
          if (covered) c = c.union(f.ports);
        }
        const extra = l.conn.subtract(c);
        if (extra.isEmpty()) continue;
        const [src, dst] = dir === 'egress' ? [l.workload.display, l.peer] : [l.peer, l.workload.display];
        const peer = l.covers && s.index.workloads.find((w) => l.covers!(w));
        const opener = peer ? s.openingRule(dir, l.workload, { w: peer }, extra) : undefined;
        report('exposure', src, dst, extra, opener, `a rule of the policies of ${l.workload.display}`);
      }
    }
  },
});
