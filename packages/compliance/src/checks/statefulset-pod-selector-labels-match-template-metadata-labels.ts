import { defineCheck, isAppsV1 } from '../engine/check.js';
import { safeSelector } from '@flightcheck/k8s';
import { podOf, specOf } from './helpers/util.js';

export default defineCheck({
  id: 'statefulset-pod-selector-labels-match-template-metadata-labels',
  name: 'StatefulSet Pod Selector labels match template metadata labels',
  target: 'StatefulSet',
  description: 'Ensure the StatefulSet selector labels match the template metadata labels.',
  messages: { mismatch: 'StatefulSet selector labels not matching template metadata labels' },
  appliesTo: isAppsV1('StatefulSet'),
  check(s, ctx) {
    // A missing or invalid selector matches nothing.
    if (safeSelector(specOf(s.object).selector ?? null)(podOf(s).labels)) return;
    ctx.report({ messageId: 'mismatch', resolution: 'spec.selector must match spec.template.metadata.labels, or the controller never owns its pods.' });
  },
});
