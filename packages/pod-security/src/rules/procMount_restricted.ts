import { definePssCheck } from '../engine/check.js';
import { procMountCheck } from './helpers/proc-mount.js';

export default definePssCheck({
  id: 'procMount_restricted',
  level: 'restricted',
  description: 'The default /proc masks reduce the attack surface and are required by the restricted profile, in a user namespace too.',
  fields: 'spec.containers[*].securityContext.procMount (and init and ephemeral containers). Allowed: undefined, "Default".',
  versions: [{ min: 35, check: procMountCheck(false), overrides: ['procMount'] }],
});
