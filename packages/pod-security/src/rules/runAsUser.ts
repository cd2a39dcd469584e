import { definePssCheck, type CheckFn, type ViolationField } from '../engine/check.js';
import { setters } from '../engine/format.js';
import { containersOf, inUserNamespace, podSc, scOf } from '../engine/pod.js';

function runAsUser(userNamespaceExempt: boolean): CheckFn {
  return ({ spec }) => {
    if (userNamespaceExempt && inUserNamespace(spec)) return undefined;
    const fields: ViolationField[] = [];
    const pod = podSc(spec)?.runAsUser === 0;
    if (pod) fields.push({ path: ['spec', 'securityContext', 'runAsUser'] });
    const bad: string[] = [];
    for (const c of containersOf(spec)) {
      if (scOf(c.c)?.runAsUser === 0) {
        bad.push(c.name);
        fields.push({ path: [...c.path, 'securityContext', 'runAsUser'], container: c.name });
      }
    }
    const who = setters(pod, bad);
    return who.length ? { reason: 'runAsUser=0', detail: `${who.join(' and ')} must not set runAsUser=0`, fields } : undefined;
  };
}

export default definePssCheck({
  id: 'runAsUser',
  level: 'restricted',
  description: 'Containers must not set runAsUser to 0, unless the pod is in a user namespace (hostUsers: false, from v1.35).',
  fields: 'spec.securityContext.runAsUser, spec.containers[*].securityContext.runAsUser (and init and ephemeral containers). Allowed: non-zero values, undefined; from v1.35 any value when spec.hostUsers is false.',
  versions: [
    { min: 23, check: runAsUser(false) },
    { min: 35, check: runAsUser(true) },
  ],
});
