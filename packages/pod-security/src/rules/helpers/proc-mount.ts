import type { CheckFn, ViolationField } from '../../engine/check.js';
import { joinQuote, pluralize, sortedSet } from '../../engine/format.js';
import { containersOf, inUserNamespace, scOf } from '../../engine/pod.js';

/** The library's procMount check; `userNamespaceExempt`: any value is allowed when `hostUsers: false`. */
export function procMountCheck(userNamespaceExempt: boolean): CheckFn {
  return ({ spec }) => {
    if (userNamespaceExempt && inUserNamespace(spec)) return undefined;
    const bad: string[] = [];
    const types: string[] = [];
    const fields: ViolationField[] = [];
    for (const c of containersOf(spec)) {
      const pm = scOf(c.c)?.procMount;
      if (pm === undefined || pm === null || pm === 'Default') continue;
      bad.push(c.name);
      types.push(String(pm));
      fields.push({ path: [...c.path, 'securityContext', 'procMount'], container: c.name });
    }
    if (!bad.length) return undefined;
    return {
      reason: 'procMount',
      detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`,
      fields,
    };
  };
}
