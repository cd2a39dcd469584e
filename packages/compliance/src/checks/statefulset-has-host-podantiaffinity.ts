import { defineCheck, isAppsV1 } from '../engine/check.js';
import { checkHostAntiAffinity } from './helpers/anti-affinity.js';

export default defineCheck({
  id: 'statefulset-has-host-podantiaffinity',
  name: 'StatefulSet has host PodAntiAffinity',
  target: 'StatefulSet',
  description: 'Makes sure that a podAntiAffinity has been set that prevents multiple pods from being scheduled on the same node. https://kubernetes.io/docs/concepts/configuration/assign-pod-node/',
  messages: { noAntiAffinity: 'StatefulSet does not have a host podAntiAffinity set' },
  appliesTo: isAppsV1('StatefulSet'),
  check: checkHostAntiAffinity,
});
