import { definePssCheck, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, sortedSet } from '../engine/format.js';
import { containersOf, list, mapAt, scOf } from '../engine/pod.js';

/** The container runtime's default capabilities: adding one of these is allowed (exact, case-sensitive). */
export const DEFAULT_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

export default definePssCheck({
  id: 'capabilities_baseline',
  level: 'baseline',
  description: 'Adding NET_RAW or capabilities beyond the default set must be disallowed.',
  fields: 'spec.containers[*].securityContext.capabilities.add (and init and ephemeral containers). Allowed: undefined, empty, or values of the default set AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT.',
  versions: [
    {
      min: 0,
      check({ spec }) {
        const bad: string[] = [];
        const caps: string[] = [];
        const fields: ViolationField[] = [];
        for (const c of containersOf(spec)) {
          const add = list(mapAt(scOf(c.c), 'capabilities')?.add);
          let valid = true;
          add.forEach((cap, i) => {
            const name = String(cap);
            if (!DEFAULT_CAPABILITIES.has(name)) {
              valid = false;
              caps.push(name);
              fields.push({ path: [...c.path, 'securityContext', 'capabilities', 'add', i], container: c.name });
            }
          });
          if (!valid) bad.push(c.name);
        }
        if (!bad.length) return undefined;
        return {
          reason: 'non-default capabilities',
          detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`,
          fields,
        };
      },
    },
  ],
});
