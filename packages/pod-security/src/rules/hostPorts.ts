import { definePssCheck, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, sortedSet } from '../engine/format.js';
import { containersOf, isMap, list } from '../engine/pod.js';

export default definePssCheck({
  id: 'hostPorts',
  level: 'baseline',
  description: 'HostPort ports must be forbidden.',
  fields: 'spec.containers[*].ports[*].hostPort (and init and ephemeral containers). Allowed: undefined, 0.',
  versions: [
    {
      min: 0,
      check({ spec }) {
        const bad: string[] = [];
        const ports: string[] = [];
        const fields: ViolationField[] = [];
        for (const c of containersOf(spec)) {
          let valid = true;
          list(c.c.ports).forEach((p, i) => {
            const hp = isMap(p) ? p.hostPort : undefined;
            if (hp !== undefined && hp !== null && hp !== 0) {
              valid = false;
              ports.push(String(hp));
              fields.push({ path: [...c.path, 'ports', i, 'hostPort'], container: c.name });
            }
          });
          if (!valid) bad.push(c.name);
        }
        if (!bad.length) return undefined;
        const set = sortedSet(ports);
        return {
          reason: 'hostPort',
          detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', set.length)} ${set.join(', ')}`,
          fields,
        };
      },
    },
  ],
});
