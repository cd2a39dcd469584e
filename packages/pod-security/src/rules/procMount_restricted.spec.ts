import { expect, it } from 'vitest';
import { testCheck } from '../__fixtures__/pods.js';
import check from './procMount_restricted.js';

testCheck(check, {
  valid: ['spec: { containers: [{ name: a }] }', '# version: v1.34\nspec: { containers: [{ name: a, securityContext: { procMount: Unmasked } }] }'],
  invalid: [{ name: 'user namespace is no exemption', code: '# version: v1.35\nspec: { hostUsers: false, containers: [{ name: a, securityContext: { procMount: Unmasked } }] }', errors: 1 }],
}, [{ code: 'spec: { containers: [{ name: a, securityContext: { procMount: Unmasked } }] }', message: 'procMount (container "a" must not set securityContext.procMount to "Unmasked")' }]);

it('overrides the baseline procMount from v1.35', () => expect(check.at(35)?.overrides).toEqual(['procMount']));
