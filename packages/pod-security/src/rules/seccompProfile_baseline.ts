import { definePssCheck, type ViolationField } from '../engine/check.js';
import { goQuote, pluralize, sortedSet } from '../engine/format.js';
import { containersOf } from '../engine/pod.js';
import { seccompFields } from './helpers/seccomp.js';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const validAnnotation = (v: string) => v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/');

export default definePssCheck({
  id: 'seccompProfile_baseline',
  level: 'baseline',
  description: 'If seccomp profiles are specified, only the runtime default and localhost profiles are allowed.',
  fields: "v1.0-v1.18: metadata.annotations['seccomp.security.alpha.kubernetes.io/pod'] and ['container.seccomp.security.alpha.kubernetes.io/<container>'] (allowed: runtime/default, docker/default, localhost/*, undefined). v1.19+: spec.securityContext.seccompProfile.type and the containers' (allowed: RuntimeDefault, Localhost, undefined).",
  versions: [
    {
      min: 0,
      check({ spec, annotations }) {
        const forbidden: string[] = [];
        const fields: ViolationField[] = [];
        const look = (key: string, container?: string) => {
          if (!Object.hasOwn(annotations, key)) return;
          const v = annotations[key]!;
          if (validAnnotation(v)) return;
          forbidden.push(`${key}=${goQuote(v)}`);
          fields.push({ path: ['metadata', 'annotations', key], ...(container === undefined ? {} : { container }) });
        };
        look(POD_ANNOTATION);
        for (const c of containersOf(spec)) look(CONTAINER_PREFIX + c.name, c.name);
        const set = sortedSet(forbidden);
        if (!set.length) return undefined;
        return { reason: 'seccompProfile', detail: `forbidden ${pluralize('annotation', 'annotations', set.length)} ${set.join(', ')}`, fields };
      },
    },
    { min: 19, check: (pod) => seccompFields(pod, false) },
  ],
});
