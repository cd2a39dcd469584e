import { defineCheck, isBatchJob, isPodHolder } from '../engine/check.js';
import { asRecord, containerName, containersOf } from './helpers/util.js';

/** IntOrString.IntValue(): a number, or a numeric string; a named port is 0. */
function intValue(v: unknown): number {
  if (typeof v === 'number') return v;
  const n = Number.parseInt(String(v ?? ''), 10);
  return Number.isNaN(n) ? 0 : n;
}

export function identicalProbes(a: Record<string, any>, b: Record<string, any>): boolean {
  if (a.httpGet && b.httpGet) {
    const x = asRecord(a.httpGet);
    const y = asRecord(b.httpGet);
    return String(x.path ?? '') === String(y.path ?? '') && intValue(x.port) === intValue(y.port);
  }
  if (a.tcpSocket && b.tcpSocket) return String(asRecord(a.tcpSocket).port ?? '') === String(asRecord(b.tcpSocket).port ?? '');
  if (a.exec && b.exec) return JSON.stringify(asRecord(a.exec).command ?? []) === JSON.stringify(asRecord(b.exec).command ?? []);
  return false;
}

export default defineCheck({
  id: 'pod-probes-identical',
  name: 'Pod Probes Identical',
  target: 'Pod',
  description: 'Container has the same readiness and liveness probe',
  messages: { identical: 'Container has the same readiness and liveness probe' },
  appliesTo: isPodHolder,
  check(s, ctx) {
    if (isBatchJob(s.object)) return;
    for (const c of containersOf(s)) {
      if (!c.readinessProbe || !c.livenessProbe) continue;
      if (!identicalProbes(asRecord(c.readinessProbe), asRecord(c.livenessProbe))) continue;
      ctx.report({
        messageId: 'identical',
        properties: { path: containerName(c) },
        resolution: 'With the same probe for both, a slow dependency gets the container restarted instead of just taken out of the Service. Use a dedicated, cheaper liveness probe.',
      });
    }
  },
});
