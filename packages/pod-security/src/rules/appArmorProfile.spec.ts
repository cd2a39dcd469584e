import { testCheck } from '../__fixtures__/pods.js';
import check from './appArmorProfile.js';

testCheck(check, {
  valid: [
    'metadata: { annotations: { container.apparmor.security.beta.kubernetes.io/a: runtime/default, container.apparmor.security.beta.kubernetes.io/b: localhost/x, container.apparmor.security.beta.kubernetes.io/c: "" } }\nspec: { securityContext: { appArmorProfile: { type: RuntimeDefault } }, containers: [{ name: a, securityContext: { appArmorProfile: { type: Localhost, localhostProfile: x } } }] }',
  ],
  invalid: [{ code: 'spec: { securityContext: { appArmorProfile: { type: Unconfined } } }', errors: 1 }],
}, [
  { code: 'spec: { securityContext: { appArmorProfile: { type: Unconfined } }, containers: [{ name: a, securityContext: { appArmorProfile: { type: Unconfined } } }] }', message: 'forbidden AppArmor profile (pod and container "a" must not set AppArmor profile type to "Unconfined")' },
  {
    code: 'metadata: { annotations: { container.apparmor.security.beta.kubernetes.io/a: unconfined } }\nspec: { containers: [{ name: b, securityContext: { appArmorProfile: { type: Unconfined } } }] }',
    message: 'forbidden AppArmor profiles (container "b" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/a="unconfined"")',
  },
]);
