import { definePssCheck, type CheckFn, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, setters, sortedSet } from '../engine/format.js';
import { containersOf, mapAt, podSc, scOf, str, type PodPath } from '../engine/pod.js';

const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t'];

function seLinux(allowed: Set<string>): CheckFn {
  return ({ spec }) => {
    const types: string[] = [];
    let user = false;
    let role = false;
    const fields: ViolationField[] = [];
    const valid = (o: Record<string, any>, at: PodPath, container?: string) => {
      let ok = true;
      const extra = container === undefined ? {} : { container };
      if (!allowed.has(str(o, 'type'))) {
        ok = false;
        types.push(str(o, 'type'));
        fields.push({ path: [...at, 'type'], ...extra });
      }
      if (str(o, 'user')) {
        ok = false;
        user = true;
        fields.push({ path: [...at, 'user'], ...extra });
      }
      if (str(o, 'role')) {
        ok = false;
        role = true;
        fields.push({ path: [...at, 'role'], ...extra });
      }
      return ok;
    };
    const podOpts = mapAt(podSc(spec), 'seLinuxOptions');
    const pod = podOpts ? !valid(podOpts, ['spec', 'securityContext', 'seLinuxOptions']) : false;
    const bad: string[] = [];
    for (const c of containersOf(spec)) {
      const o = mapAt(scOf(c.c), 'seLinuxOptions');
      if (o && !valid(o, [...c.path, 'securityContext', 'seLinuxOptions'], c.name)) bad.push(c.name);
    }
    const who = setters(pod, bad);
    if (!who.length) return undefined;
    const data: string[] = [];
    const set = sortedSet(types);
    if (set.length) data.push(`${pluralize('type', 'types', set.length)} ${joinQuote(set)}`);
    if (user) data.push('user may not be set');
    if (role) data.push('role may not be set');
    return { reason: 'seLinuxOptions', detail: `${who.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`, fields };
  };
}

export default definePssCheck({
  id: 'seLinuxOptions',
  level: 'baseline',
  description: 'Setting the SELinux type is restricted, and setting a custom SELinux user or role option is forbidden.',
  fields: 'spec.securityContext.seLinuxOptions and the containers\' (type: undefined, "", container_t, container_init_t, container_kvm_t, from v1.31 also container_engine_t; user and role: undefined or empty).',
  versions: [
    { min: 0, check: seLinux(new Set(TYPES_1_0)) },
    { min: 31, check: seLinux(new Set(TYPES_1_31)) },
  ],
});
