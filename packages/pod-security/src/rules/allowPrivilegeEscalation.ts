import { definePssCheck, type CheckFn, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize } from '../engine/format.js';
import { containersOf, isWindows, scOf } from '../engine/pod.js';

const check: CheckFn = ({ spec }) => {
  const bad: string[] = [];
  const fields: ViolationField[] = [];
  for (const c of containersOf(spec)) {
    if (scOf(c.c)?.allowPrivilegeEscalation !== false) {
      bad.push(c.name);
      fields.push({ path: [...c.path, 'securityContext', 'allowPrivilegeEscalation'], container: c.name });
    }
  }
  if (!bad.length) return undefined;
  return {
    reason: 'allowPrivilegeEscalation != false',
    detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must set securityContext.allowPrivilegeEscalation=false`,
    fields,
  };
};

export default definePssCheck({
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  description: 'Privilege escalation (such as via set-user-ID or set-group-ID file mode) must not be allowed.',
  fields: 'spec.containers[*].securityContext.allowPrivilegeEscalation (and init and ephemeral containers). Allowed: false (it must be set). From v1.25 pods with spec.os.name windows are exempt.',
  versions: [
    { min: 8, check },
    { min: 25, check: (pod) => (isWindows(pod.spec) ? undefined : check(pod)) },
  ],
});
