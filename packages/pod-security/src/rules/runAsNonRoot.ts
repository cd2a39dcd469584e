import { definePssCheck, type CheckFn, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, setters } from '../engine/format.js';
import { containersOf, inUserNamespace, podSc, scOf } from '../engine/pod.js';

function runAsNonRoot(userNamespaceExempt: boolean): CheckFn {
  return ({ spec }) => {
    if (userNamespaceExempt && inUserNamespace(spec)) return undefined;
    const fields: ViolationField[] = [];
    const podValue = podSc(spec)?.runAsNonRoot;
    const podSet = podValue !== undefined && podValue !== null;
    const pod = podSet && podValue !== true;
    if (pod) fields.push({ path: ['spec', 'securityContext', 'runAsNonRoot'] });
    const explicit: string[] = [];
    const implicit: string[] = [];
    const implicitFields: ViolationField[] = [];
    for (const c of containersOf(spec)) {
      const v = scOf(c.c)?.runAsNonRoot;
      const at = [...c.path, 'securityContext', 'runAsNonRoot'];
      if (v !== undefined && v !== null) {
        if (v !== true) {
          explicit.push(c.name);
          fields.push({ path: at, container: c.name });
        }
      } else if (podValue !== true) {
        implicit.push(c.name);
        implicitFields.push({ path: at, container: c.name });
      }
    }
    const who = setters(pod, explicit);
    if (who.length) return { reason: 'runAsNonRoot != true', detail: `${who.join(' and ')} must not set securityContext.runAsNonRoot=false`, fields };
    if (implicit.length) {
      return {
        reason: 'runAsNonRoot != true',
        detail: `pod or ${pluralize('container', 'containers', implicit.length)} ${joinQuote(implicit)} must set securityContext.runAsNonRoot=true`,
        fields: [{ path: ['spec', 'securityContext', 'runAsNonRoot'] }, ...implicitFields],
      };
    }
    return undefined;
  };
}

export default definePssCheck({
  id: 'runAsNonRoot',
  level: 'restricted',
  description: 'Containers must run as non-root users, unless the pod is in a user namespace (hostUsers: false, from v1.35).',
  fields: 'spec.securityContext.runAsNonRoot, spec.containers[*].securityContext.runAsNonRoot (and init and ephemeral containers). Allowed: true; undefined in a container when the pod sets true; from v1.35 any value when spec.hostUsers is false.',
  versions: [
    { min: 0, check: runAsNonRoot(false) },
    { min: 35, check: runAsNonRoot(true) },
  ],
});
