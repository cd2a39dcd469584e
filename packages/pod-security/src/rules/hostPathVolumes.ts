import { definePssCheck, type ViolationField } from '../engine/check.js';
import { joinQuote, pluralize } from '../engine/format.js';
import { isMap, list, present } from '../engine/pod.js';

export default definePssCheck({
  id: 'hostPathVolumes',
  level: 'baseline',
  description: 'HostPath volumes must be forbidden.',
  fields: 'spec.volumes[*].hostPath. Allowed: undefined, null.',
  versions: [
    {
      min: 0,
      check({ spec }) {
        const names: string[] = [];
        const fields: ViolationField[] = [];
        list(spec.volumes).forEach((v, i) => {
          if (present(v, 'hostPath')) {
            names.push(isMap(v) && v.name != null ? String(v.name) : '');
            fields.push({ path: ['spec', 'volumes', i, 'hostPath'] });
          }
        });
        if (!names.length) return undefined;
        return { reason: 'hostPath volumes', detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`, fields };
      },
    },
  ],
});
