import type { Violation, ViolationField } from '../../engine/check.js';
import { joinQuote, pluralize, setters, sortedSet } from '../../engine/format.js';
import { containersOf, mapAt, podSc, scOf, type PodView } from '../../engine/pod.js';

export const validSeccomp = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';
const typeText = (t: unknown) => (typeof t === 'string' ? t : '');

/**
 * The library's seccompProfile field check (v1.19 on). `required`: the restricted form, where a container
 * without a valid type of its own is bad unless the pod sets a valid one.
 */
export function seccompFields({ spec }: PodView, required: boolean): Violation | undefined {
  const values: string[] = [];
  const fields: ViolationField[] = [];
  let pod = false;
  let podSet = false;
  const podProfile = mapAt(podSc(spec), 'seccompProfile');
  if (podProfile) {
    if (!validSeccomp(podProfile.type)) {
      pod = true;
      values.push(typeText(podProfile.type));
      fields.push({ path: ['spec', 'securityContext', 'seccompProfile', 'type'] });
    } else podSet = true;
  }
  const explicit: string[] = [];
  const implicit: string[] = [];
  const implicitFields: ViolationField[] = [];
  for (const c of containersOf(spec)) {
    const p = mapAt(scOf(c.c), 'seccompProfile');
    if (p) {
      if (!validSeccomp(p.type)) {
        explicit.push(c.name);
        values.push(typeText(p.type));
        fields.push({ path: [...c.path, 'securityContext', 'seccompProfile', 'type'], container: c.name });
      }
    } else if (required && !podSet) {
      implicit.push(c.name);
      implicitFields.push({ path: [...c.path, 'securityContext', 'seccompProfile'], container: c.name });
    }
  }
  const who = setters(pod, explicit);
  if (who.length) {
    return { reason: 'seccompProfile', detail: `${who.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(values))}`, fields };
  }
  if (implicit.length) {
    return {
      reason: 'seccompProfile',
      detail: `pod or ${pluralize('container', 'containers', implicit.length)} ${joinQuote(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      fields: [{ path: ['spec', 'securityContext', 'seccompProfile'] }, ...implicitFields],
    };
  }
  return undefined;
}
