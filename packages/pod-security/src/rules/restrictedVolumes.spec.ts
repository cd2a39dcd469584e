import { testCheck } from '../__fixtures__/pods.js';
import check from './restrictedVolumes.js';

testCheck(check, {
  valid: [
    'spec: { volumes: [{ name: a, configMap: { name: x } }, { name: b, projected: { sources: [] } }, { name: c, ephemeral: {} }, { name: d, image: { reference: x } }, { name: e, csi: { driver: x } }] }',
    '# a volume without a source is defaulted to emptyDir by the API server\nspec: { volumes: [{ name: implicit }] }',
  ],
  invalid: [{ code: 'spec: { volumes: [{ name: a, gitRepo: { repository: x } }] }', errors: 1 }],
}, [
  { code: 'spec: { volumes: [{ name: a, hostPath: { path: / } }] }', message: 'restricted volume types (volume "a" uses restricted volume type "hostPath")' },
  { code: 'spec: { volumes: [{ name: a, nfs: {} }, { name: b, hostPath: {} }, { name: c, nfs: {} }] }', message: 'restricted volume types (volumes "a", "b", "c" use restricted volume types "hostPath", "nfs")' },
]);
