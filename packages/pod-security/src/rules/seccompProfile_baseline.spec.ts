import { testCheck } from '../__fixtures__/pods.js';
import check from './seccompProfile_baseline.js';

testCheck(check, {
  valid: [
    '# version: v1.18\nmetadata: { annotations: { seccomp.security.alpha.kubernetes.io/pod: docker/default } }\nspec: { securityContext: { seccompProfile: { type: Unconfined } } }',
    '# version: v1.19\nmetadata: { annotations: { seccomp.security.alpha.kubernetes.io/pod: unconfined } }\nspec: { containers: [{ name: a }] }',
  ],
  invalid: [{ code: '# version: v1.19\nspec: { containers: [{ name: a, securityContext: { seccompProfile: { type: Unconfined } } }] }', errors: 1 }],
}, [
  {
    code: '# version: v1.0\nmetadata: { annotations: { seccomp.security.alpha.kubernetes.io/pod: unconfined, container.seccomp.security.alpha.kubernetes.io/a: unconfined } }\nspec: { containers: [{ name: a }] }',
    message: 'seccompProfile (forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", seccomp.security.alpha.kubernetes.io/pod="unconfined")',
  },
  { code: 'spec: { securityContext: { seccompProfile: { type: Unconfined } } }', message: 'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")' },
]);
