import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';

export const runtimeWritable = defineRule<RuntimeFacts, 'homeNotWritable' | 'systemWritable' | 'notProbed', PermissionsOptions>({
  meta: {
    id: 'runtime-writable',
    target: 'container',
    severity: 'high',
    docs: { description: 'In a running container the user can write under its home (/opt/airflow) and cannot write to /, /etc or /usr.' },
    messages: {
      homeNotWritable: 'The container\'s user cannot create a file in {{path}}',
      systemWritable: 'The container\'s user can create files in {{path}}',
      notProbed: 'Writing to {{path}} was not probed (output: {{output}})',
    },
  },
  check(f, ctx) {
    const home = ctx.options.home;
    for (const path of [home, '/', '/etc', '/usr']) {
      const w = f.writable[path];
      if (w === undefined) ctx.report({ messageId: 'notProbed', data: { path, output: f.output.slice(0, 300) } });
      else if (path === home && !w) ctx.report({ messageId: 'homeNotWritable', data: { path }, resolution: `chown ${ctx.options.uid}:${ctx.options.gid} ${home}` });
      else if (path !== home && w) ctx.report({ messageId: 'systemWritable', data: { path }, severity: 'critical', resolution: 'run as the non-root user; do not make system directories writable' });
    }
  },
});
