import { testCheck } from '../__fixtures__/pods.js';
import check from './seLinuxOptions.js';

testCheck(check, {
  valid: [
    'spec: { securityContext: { seLinuxOptions: { type: container_t, level: "s0:c1" } }, containers: [{ name: a, securityContext: { seLinuxOptions: { type: container_kvm_t } } }] }',
    '# version: v1.31\nspec: { containers: [{ name: a, securityContext: { seLinuxOptions: { type: container_engine_t } } }] }',
  ],
  invalid: [{ name: 'container_engine_t before v1.31', code: '# version: v1.30\nspec: { containers: [{ name: a, securityContext: { seLinuxOptions: { type: container_engine_t } } }] }', errors: 1 }],
}, [{
  code: 'spec: { securityContext: { seLinuxOptions: { type: spc_t } }, containers: [{ name: a, securityContext: { seLinuxOptions: { user: u, role: r } } }] }',
  message: 'seLinuxOptions (pod and container "a" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set; role may not be set)',
}]);
