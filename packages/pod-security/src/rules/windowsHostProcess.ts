import { definePssCheck, type ViolationField } from '../engine/check.js';
import { setters } from '../engine/format.js';
import { containersOf, mapAt, podSc, scOf } from '../engine/pod.js';

export default definePssCheck({
  id: 'windowsHostProcess',
  level: 'baseline',
  description: 'Pods and containers must not set securityContext.windowsOptions.hostProcess to true.',
  fields: 'spec.securityContext.windowsOptions.hostProcess and the containers\'. Allowed: undefined, false.',
  versions: [
    {
      min: 0,
      check({ spec }) {
        const fields: ViolationField[] = [];
        const bad: string[] = [];
        for (const c of containersOf(spec)) {
          if (mapAt(scOf(c.c), 'windowsOptions')?.hostProcess === true) {
            bad.push(c.name);
            fields.push({ path: [...c.path, 'securityContext', 'windowsOptions', 'hostProcess'], container: c.name });
          }
        }
        const pod = mapAt(podSc(spec), 'windowsOptions')?.hostProcess === true;
        if (pod) fields.unshift({ path: ['spec', 'securityContext', 'windowsOptions', 'hostProcess'] });
        const who = setters(pod, bad);
        if (!who.length) return undefined;
        return { reason: 'hostProcess', detail: `${who.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`, fields };
      },
    },
  ],
});
