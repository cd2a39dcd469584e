import { definePssCheck, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize } from '../engine/format.js';
import { containersOf, scOf } from '../engine/pod.js';

export default definePssCheck({
  id: 'privileged',
  level: 'baseline',
  description: 'Privileged Pods disable most security mechanisms and must be disallowed.',
  fields: 'spec.containers[*].securityContext.privileged, spec.initContainers[*].securityContext.privileged, spec.ephemeralContainers[*].securityContext.privileged. Allowed: false, undefined.',
  versions: [
    {
      min: 0,
      check({ spec }) {
        const bad: string[] = [];
        const fields: ViolationField[] = [];
        for (const c of containersOf(spec)) {
          if (scOf(c.c)?.privileged === true) {
            bad.push(c.name);
            fields.push({ path: [...c.path, 'securityContext', 'privileged'], container: c.name });
          }
        }
        if (!bad.length) return undefined;
        return { reason: 'privileged', detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.privileged=true`, fields };
      },
    },
  ],
});
