import { testCheck } from '../__fixtures__/pods.js';
import check from './seccompProfile_restricted.js';

testCheck(check, {
  valid: [
    'spec: { securityContext: { seccompProfile: { type: RuntimeDefault } }, containers: [{ name: a }] }',
    'spec: { containers: [{ name: a, securityContext: { seccompProfile: { type: Localhost, localhostProfile: p } } }] }',
    '# version: v1.25\nspec: { os: { name: windows }, containers: [{ name: a }] }',
    '# version: v1.18\nspec: { containers: [{ name: a }] }',
  ],
  invalid: [{ name: 'windows exemption starts at v1.25', code: '# version: v1.24\nspec: { os: { name: windows }, containers: [{ name: a }] }', errors: 1 }],
}, [
  { code: 'spec: { containers: [{ name: a }, { name: b }] }', message: 'seccompProfile (pod or containers "a", "b" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")' },
  { code: 'spec: { securityContext: { seccompProfile: { type: Unconfined } }, containers: [{ name: a }] }', message: 'seccompProfile (pod must not set securityContext.seccompProfile.type to "Unconfined")' },
]);
