import { definePssCheck, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, sortedSet } from '../engine/format.js';
import { containersOf, mapAt, str, type PodPath } from '../engine/pod.js';

const HANDLERS: [string, string | undefined][] = [['livenessProbe', undefined], ['readinessProbe', undefined], ['startupProbe', undefined], ['lifecycle', 'postStart'], ['lifecycle', 'preStop']];

export default definePssCheck({
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  description: 'The host field of probes and lifecycle handlers is restricted (from v1.34).',
  fields: 'spec.containers[*].{livenessProbe,readinessProbe,startupProbe}.{httpGet,tcpSocket}.host and spec.containers[*].lifecycle.{postStart,preStop}.{httpGet,tcpSocket}.host (and init and ephemeral containers). Allowed: "", undefined.',
  versions: [
    {
      min: 34,
      check({ spec }) {
        const bad = new Set<string>();
        const hosts: string[] = [];
        const fields: ViolationField[] = [];
        for (const c of containersOf(spec)) {
          for (const [key, sub] of HANDLERS) {
            const handler = sub ? mapAt(mapAt(c.c, key), sub) : mapAt(c.c, key);
            if (!handler) continue;
            const at: PodPath = sub ? [...c.path, key, sub] : [...c.path, key];
            for (const kind of ['httpGet', 'tcpSocket']) {
              const h = str(mapAt(handler, kind), 'host');
              if (h) {
                bad.add(c.name);
                hosts.push(h);
                fields.push({ path: [...at, kind, 'host'], container: c.name });
              }
            }
          }
        }
        if (!bad.size) return undefined;
        const names = sortedSet(bad);
        const set = sortedSet(hosts);
        return {
          reason: 'probe or lifecycle host',
          detail: `${pluralize('container', 'containers', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} probe or lifecycle ${pluralize('host', 'hosts', set.length)} ${joinQuote(set)}`,
          fields,
        };
      },
    },
  ],
});
