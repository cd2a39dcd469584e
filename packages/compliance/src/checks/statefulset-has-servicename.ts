import { defineCheck, isAppsV1 } from '../engine/check.js';
import { stringMap } from '@flightcheck/k8s';
import { matchesMap } from '@flightcheck/k8s';
import { podOf, specOf } from './helpers/util.js';

export default defineCheck({
  id: 'statefulset-has-servicename',
  name: 'StatefulSet has ServiceName',
  target: 'StatefulSet',
  description: 'Makes sure that StatefulSets have an existing headless serviceName.',
  messages: { noService: 'StatefulSet does not have a valid serviceName' },
  appliesTo: isAppsV1('StatefulSet'),
  check(s, ctx) {
    const pod = podOf(s);
    const name = String(specOf(s.object).serviceName ?? '');
    const ok = s.index.servicesNamed(pod.namespace, name).some((svc) => {
      const spec = specOf(svc);
      return spec.clusterIP === 'None' && matchesMap(stringMap(spec.selector), pod.labels);
    });
    if (ok) return;
    ctx.report({ messageId: 'noService', resolution: 'A StatefulSet needs a headless Service (clusterIP: None) named by spec.serviceName, in its namespace, selecting its pods.' });
  },
});
