import { definePssCheck } from '../engine/check.js';
import { procMountCheck } from './helpers/proc-mount.js';

export default definePssCheck({
  id: 'procMount',
  level: 'baseline',
  description: 'The default /proc masks reduce the attack surface and are required, unless the pod is in a user namespace (hostUsers: false, from v1.35).',
  fields: 'spec.containers[*].securityContext.procMount (and init and ephemeral containers). Allowed: undefined, "Default"; from v1.35 any value when spec.hostUsers is false.',
  versions: [
    { min: 0, check: procMountCheck(false) },
    { min: 35, check: procMountCheck(true) },
  ],
});
