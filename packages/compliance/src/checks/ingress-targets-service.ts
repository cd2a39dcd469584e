import { defineCheck, isKind } from '../engine/check.js';
import { asRecord, specOf } from './helpers/util.js';

interface Backend {
  service: string;
  portNumber: number;
  portName: string;
}

/** The backend of an Ingress path: `service.{name,port}` in networking.k8s.io/v1, `serviceName/servicePort` before. */
function backendOf(apiVersion: string, path: Record<string, any>): Backend {
  const b = asRecord(path.backend);
  if (apiVersion === 'networking.k8s.io/v1') {
    const svc = asRecord(b.service);
    const port = asRecord(svc.port);
    return { service: String(svc.name ?? ''), portNumber: Number(port.number ?? 0) || 0, portName: String(port.name ?? '') };
  }
  const p = b.servicePort;
  return { service: String(b.serviceName ?? ''), portNumber: typeof p === 'number' ? p : 0, portName: typeof p === 'string' ? p : '' };
}

export default defineCheck({
  id: 'ingress-targets-service',
  name: 'Ingress targets Service',
  target: 'Ingress',
  description: 'Makes sure that the Ingress targets a Service',
  messages: { noService: 'No service match was found' },
  appliesTo: isKind('Ingress'),
  check(s, ctx) {
    const ns = s.object.metadata.namespace ?? '';
    const rules = Array.isArray(specOf(s.object).rules) ? specOf(s.object).rules : [];
    for (const rule of rules) {
      const http = asRecord(asRecord(rule).http);
      for (const path of Array.isArray(http.paths) ? http.paths : []) {
        const b = backendOf(s.object.apiVersion, asRecord(path));
        const found = s.index.servicesNamed(ns, b.service).some((svc) =>
          (Array.isArray(specOf(svc).ports) ? specOf(svc).ports : []).some((sp: Record<string, unknown>) => {
            const p = asRecord(sp);
            if (b.portNumber > 0 && p.port === b.portNumber) return true;
            return String(p.name ?? '') === b.portName;
          }),
        );
        if (found) continue;
        const port = b.portNumber > 0 ? String(b.portNumber) : b.portName;
        ctx.report({
          messageId: 'noService',
          properties: { path: String(asRecord(path).path ?? '') },
          resolution: `No Service named "${b.service}" with port ${port || '(none)'} was found in the namespace`,
        });
      }
    }
  },
});
