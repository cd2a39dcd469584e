import { definePssCheck, type ViolationField } from '../engine/check.js';

export default definePssCheck({
  id: 'hostNamespaces',
  level: 'baseline',
  description: 'Sharing the host network, PID and IPC namespaces must be disallowed.',
  fields: 'spec.hostNetwork, spec.hostPID, spec.hostIPC. Allowed: undefined, false.',
  versions: [
    {
      min: 0,
      check({ spec }) {
        const forbidden: string[] = [];
        const fields: ViolationField[] = [];
        for (const key of ['hostNetwork', 'hostPID', 'hostIPC'] as const) {
          if (spec[key] === true) {
            forbidden.push(`${key}=true`);
            fields.push({ path: ['spec', key] });
          }
        }
        return forbidden.length ? { reason: 'host namespaces', detail: forbidden.join(', '), fields } : undefined;
      },
    },
  ],
});
