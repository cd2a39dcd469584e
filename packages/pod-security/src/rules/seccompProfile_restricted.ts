import { definePssCheck } from '../engine/check.js';
import { isWindows } from '../engine/pod.js';
import { seccompFields } from './helpers/seccomp.js';

export default definePssCheck({
  id: 'seccompProfile_restricted',
  level: 'restricted',
  description: 'Seccomp profiles must be specified, and only the runtime default and localhost profiles are allowed.',
  fields: 'spec.securityContext.seccompProfile.type and the containers\' (allowed: RuntimeDefault, Localhost; a container may leave it unset when the pod sets a valid one). From v1.25 pods with spec.os.name windows are exempt.',
  versions: [
    { min: 19, check: (pod) => seccompFields(pod, true), overrides: ['seccompProfile_baseline'] },
    { min: 25, check: (pod) => (isWindows(pod.spec) ? undefined : seccompFields(pod, true)), overrides: ['seccompProfile_baseline'] },
  ],
});
