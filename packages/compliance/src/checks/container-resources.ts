import { defineCheck, isPodHolder } from '../engine/check.js';
import { isZeroQuantity } from '../engine/quantity.js';
import { containerName, containersOf, resources } from './helpers/util.js';

export default defineCheck({
  id: 'container-resources',
  name: 'Container Resources',
  target: 'Pod',
  description:
    'Makes sure that all pods have resource limits and requests set. The --ignore-container-cpu-limit flag can be used to disable the requirement of having a CPU limit',
  messages: {
    noContainers: 'No containers defined',
    cpuLimit: 'CPU limit is not set',
    memoryLimit: 'Memory limit is not set',
    cpuRequest: 'CPU request is not set',
    memoryRequest: 'Memory request is not set',
  },
  appliesTo: isPodHolder,
  check(s, ctx) {
    const containers = containersOf(s);
    if (!containers.length) return ctx.report({ messageId: 'noContainers', resolution: 'The pod spec has no containers.' });
    for (const c of containers) {
      const { limits, requests } = resources(c);
      const path = containerName(c);
      if (!s.options.ignoreContainerCpuLimit && isZeroQuantity(limits.cpu)) {
        ctx.report({ messageId: 'cpuLimit', properties: { path }, resolution: 'Limits keep one workload from starving the node. Set resources.limits.cpu (or run with --ignore-container-cpu-limit).' });
      }
      if (!s.options.ignoreContainerMemoryLimit && isZeroQuantity(limits.memory)) {
        ctx.report({ messageId: 'memoryLimit', properties: { path }, resolution: 'Limits keep one workload from starving the node. Set resources.limits.memory.' });
      }
      if (isZeroQuantity(requests.cpu)) {
        ctx.report({ messageId: 'cpuRequest', severity: 'medium', properties: { path }, resolution: 'Requests let the scheduler place the pod where it can run. Set resources.requests.cpu.' });
      }
      if (isZeroQuantity(requests.memory)) {
        ctx.report({ messageId: 'memoryRequest', severity: 'medium', properties: { path }, resolution: 'Requests let the scheduler place the pod where it can run. Set resources.requests.memory.' });
      }
    }
  },
});
