import { definePssCheck, type ViolationField } from '../engine/check.js';
import { goQuote, joinQuote, pluralize, setters, sortedSet } from '../engine/format.js';
import { containersOf, mapAt, podSc, scOf } from '../engine/pod.js';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const allowedType = (t: unknown) => t === 'RuntimeDefault' || t === 'Localhost';
const allowedAnnotation = (v: string) => v === '' || v === 'runtime/default' || v.startsWith('localhost/');

export default definePssCheck({
  id: 'appArmorProfile',
  level: 'baseline',
  description: "On supported hosts the 'runtime/default' AppArmor profile is applied by default; the baseline policy prevents overriding or disabling it.",
  fields: "metadata.annotations['container.apparmor.security.beta.kubernetes.io/*'] (allowed: runtime/default, localhost/*, empty, undefined); spec.securityContext.appArmorProfile.type and the containers' (allowed: RuntimeDefault, Localhost, undefined).",
  versions: [
    {
      min: 0,
      check({ spec, annotations }) {
        const values: string[] = [];
        const fields: ViolationField[] = [];
        let pod = false;
        const podProfile = mapAt(podSc(spec), 'appArmorProfile');
        if (podProfile && !allowedType(podProfile.type)) {
          pod = true;
          values.push(typeof podProfile.type === 'string' ? podProfile.type : '');
          fields.push({ path: ['spec', 'securityContext', 'appArmorProfile', 'type'] });
        }
        const bad: string[] = [];
        for (const c of containersOf(spec)) {
          const p = mapAt(scOf(c.c), 'appArmorProfile');
          if (p && !allowedType(p.type)) {
            bad.push(c.name);
            values.push(typeof p.type === 'string' ? p.type : '');
            fields.push({ path: [...c.path, 'securityContext', 'appArmorProfile', 'type'], container: c.name });
          }
        }
        const forbidden: string[] = [];
        for (const [k, v] of Object.entries(annotations)) {
          if (k.startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(v)) {
            forbidden.push(`${k}=${goQuote(v)}`);
            fields.push({ path: ['metadata', 'annotations', k], container: k.slice(ANNOTATION_PREFIX.length) });
          }
        }
        const list = sortedSet(values);
        const extra: string[] = [];
        if (forbidden.length) {
          list.push(...forbidden.sort());
          extra.push(pluralize('annotation', 'annotations', forbidden.length));
        }
        const who = setters(pod, bad, extra);
        if (!who.length) return undefined;
        return {
          reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', list.length),
          detail: `${who.join(' and ')} must not set AppArmor profile type to ${joinQuote(list)}`,
          fields,
        };
      },
    },
  ],
});
