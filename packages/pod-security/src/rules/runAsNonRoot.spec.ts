import { testCheck } from '../__fixtures__/pods.js';
import check from './runAsNonRoot.js';

testCheck(check, {
  valid: [
    'spec: { securityContext: { runAsNonRoot: true }, containers: [{ name: a }] }',
    'spec: { containers: [{ name: a, securityContext: { runAsNonRoot: true } }] }',
    '# version: v1.35\nspec: { hostUsers: false, securityContext: { runAsNonRoot: false }, containers: [{ name: a }] }',
  ],
  invalid: [{ name: 'no user-namespace relief before v1.35', code: '# version: v1.34\nspec: { hostUsers: false, containers: [{ name: a }] }', errors: 1 }],
}, [
  { code: 'spec: { securityContext: { runAsNonRoot: true }, containers: [{ name: a, securityContext: { runAsNonRoot: false } }] }', message: 'runAsNonRoot != true (container "a" must not set securityContext.runAsNonRoot=false)' },
  { code: 'spec: { securityContext: { runAsNonRoot: false }, containers: [{ name: a }, { name: b, securityContext: { runAsNonRoot: true } }] }', message: 'runAsNonRoot != true (pod must not set securityContext.runAsNonRoot=false)' },
  { code: 'spec: { containers: [{ name: a }, { name: b }] }', message: 'runAsNonRoot != true (pod or containers "a", "b" must set securityContext.runAsNonRoot=true)' },
]);
