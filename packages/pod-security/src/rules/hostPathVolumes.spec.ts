import { testCheck } from '../__fixtures__/pods.js';
import check from './hostPathVolumes.js';

testCheck(check, {
  valid: ['spec: { volumes: [{ name: a, emptyDir: {} }, { name: b, hostPath: null }, { name: c, nfs: { server: x, path: / } }] }'],
  invalid: [{ code: 'spec: { volumes: [{ name: a, hostPath: { path: /var } }] }', errors: 1 }],
}, [
  { code: 'spec: { volumes: [{ name: a, hostPath: { path: / } }] }', message: 'hostPath volumes (volume "a")' },
  { code: 'spec: { volumes: [{ name: a, hostPath: { path: / } }, { name: b, hostPath: {} }] }', message: 'hostPath volumes (volumes "a", "b")' },
]);
