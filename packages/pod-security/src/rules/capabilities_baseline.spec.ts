import { testCheck } from '../__fixtures__/pods.js';
import check from './capabilities_baseline.js';

testCheck(check, {
  valid: ['spec: { containers: [{ name: a, securityContext: { capabilities: { add: [CHOWN, NET_BIND_SERVICE, SYS_CHROOT], drop: [ALL] } } }] }'],
  invalid: [
    { name: 'case-sensitive', code: 'spec: { containers: [{ name: a, securityContext: { capabilities: { add: [chown] } } }] }', errors: 1 },
    { name: 'CAP_ prefix', code: 'spec: { containers: [{ name: a, securityContext: { capabilities: { add: [CAP_CHOWN] } } }] }', errors: 1 },
  ],
}, [{
  code: 'spec: { containers: [{ name: a, securityContext: { capabilities: { add: [SYS_ADMIN, NET_RAW] } } }, { name: b, securityContext: { capabilities: { add: [NET_RAW] } } }] }',
  message: 'non-default capabilities (containers "a", "b" must not include "NET_RAW", "SYS_ADMIN" in securityContext.capabilities.add)',
}]);
