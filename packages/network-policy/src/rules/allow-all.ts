import { defineRule } from '@flightcheck/core';
import type { GateSubject } from '../gate/subject.js';
import { at } from './where.js';

/** A workload that any pod in the cluster may reach (ingress), or that may reach any (egress), unless declared. */
export default defineRule<GateSubject, 'open'>({
  meta: {
    id: 'allow-all',
    target: 'Workload',
    severity: 'high',
    docs: { description: 'A workload whose policies allow all ingress or all egress (or that no policy isolates) is not segmented; declare it under checks.network-policy.allowAll when that is meant.' },
    messages: { open: '{{workload}} allows all {{dir}} ({{why}})' },
  },
  check(s, ctx) {
    for (const w of s.own) {
      for (const dir of ['ingress', 'egress'] as const) {
        if (!s.entireCluster(dir, w).isAll()) continue;
        if (s.intent.allowAll.some((a) => a.direction === dir && (a.workload === w.display || a.workload === `${w.ns}/${w.name}`))) continue;
        const isolated = s.index.protectedIn(w, dir);
        ctx.report({
          messageId: 'open',
          data: { workload: w.display, dir, why: isolated ? 'a policy rule allows every peer and port' : `no policy selects it for ${dir}` },
          ...(w.object ? at(w.object) : { location: { file: s.intent.file ?? 'flightcheck.yaml', line: s.intent.line } }),
          resolution: isolated ? 'Give the rule peers and ports.' : 'Add a default-deny policy to its namespace and allow only the flows it needs.',
        });
      }
    }
  },
});
