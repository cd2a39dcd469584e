import { defineCheck, isAppsV1 } from '../engine/check.js';
import { checkHostAntiAffinity } from './helpers/anti-affinity.js';

export default defineCheck({
  id: 'deployment-has-host-podantiaffinity',
  name: 'Deployment has host PodAntiAffinity',
  target: 'Deployment',
  description: 'Makes sure that a podAntiAffinity has been set that prevents multiple pods from being scheduled on the same node. https://kubernetes.io/docs/concepts/configuration/assign-pod-node/',
  messages: { noAntiAffinity: 'Deployment does not have a host podAntiAffinity set' },
  appliesTo: isAppsV1('Deployment'),
  check: checkHostAntiAffinity,
});
