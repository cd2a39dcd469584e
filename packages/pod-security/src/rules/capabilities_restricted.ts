import { definePssCheck, type CheckFn, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize, sortedSet } from '../engine/format.js';
import { containersOf, isWindows, list, mapAt, scOf } from '../engine/pod.js';

const check: CheckFn = ({ spec }) => {
  const missingDrop: string[] = [];
  const adding: string[] = [];
  const caps: string[] = [];
  const fields: ViolationField[] = [];
  for (const c of containersOf(spec)) {
    const sc = scOf(c.c);
    const capabilities = mapAt(sc, 'capabilities');
    const at = [...c.path, 'securityContext', 'capabilities'];
    if (!capabilities) {
      missingDrop.push(c.name);
      fields.push({ path: [...at, 'drop'], container: c.name });
      continue;
    }
    if (!list(capabilities.drop).some((d) => d === 'ALL')) {
      missingDrop.push(c.name);
      fields.push({ path: [...at, 'drop'], container: c.name });
    }
    let forbidden = false;
    list(capabilities.add).forEach((a, i) => {
      if (a !== 'NET_BIND_SERVICE') {
        forbidden = true;
        caps.push(String(a));
        fields.push({ path: [...at, 'add', i], container: c.name });
      }
    });
    if (forbidden) adding.push(c.name);
  }
  const details: string[] = [];
  if (missingDrop.length) details.push(`${pluralize('container', 'containers', missingDrop.length)} ${joinQuote(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
  if (adding.length) details.push(`${pluralize('container', 'containers', adding.length)} ${joinQuote(adding)} must not include ${joinQuote(sortedSet(caps))} in securityContext.capabilities.add`);
  return details.length ? { reason: 'unrestricted capabilities', detail: details.join('; '), fields } : undefined;
};

export default definePssCheck({
  id: 'capabilities_restricted',
  level: 'restricted',
  description: 'Containers must drop ALL capabilities, and may only add back NET_BIND_SERVICE.',
  fields: 'spec.containers[*].securityContext.capabilities.drop must include "ALL"; spec.containers[*].securityContext.capabilities.add: undefined, empty or "NET_BIND_SERVICE" (and init and ephemeral containers). From v1.25 pods with spec.os.name windows are exempt.',
  versions: [
    { min: 22, check, overrides: ['capabilities_baseline'] },
    { min: 25, check: (pod) => (isWindows(pod.spec) ? undefined : check(pod)), overrides: ['capabilities_baseline'] },
  ],
});
