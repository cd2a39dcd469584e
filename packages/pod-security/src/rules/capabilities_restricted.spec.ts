import { testCheck } from '../__fixtures__/pods.js';
import check from './capabilities_restricted.js';

testCheck(check, {
  valid: [
    'spec: { containers: [{ name: a, securityContext: { capabilities: { drop: [ALL], add: [NET_BIND_SERVICE] } } }] }',
    '# version: v1.21\nspec: { containers: [{ name: a }] }',
    '# version: v1.25\nspec: { os: { name: windows }, containers: [{ name: a }] }',
  ],
  invalid: [{ code: 'spec: { containers: [{ name: a, securityContext: { capabilities: { drop: [all] } } }] }', errors: 1 }],
}, [{
  code: 'spec: { containers: [{ name: a }, { name: b, securityContext: { capabilities: { drop: [ALL], add: [SYS_TIME, CHOWN] } } }] }',
  message: 'unrestricted capabilities (container "a" must set securityContext.capabilities.drop=["ALL"]; container "b" must not include "CHOWN", "SYS_TIME" in securityContext.capabilities.add)',
}]);
