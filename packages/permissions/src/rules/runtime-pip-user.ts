import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';

export const runtimePipUser = defineRule<RuntimeFacts, 'failed' | 'elsewhere', PermissionsOptions>({
  meta: {
    id: 'runtime-pip-user',
    target: 'container',
    severity: 'medium',
    docs: { description: '`pip install --user` of a small local package (no index, no network) works in the container and lands in home/.local.' },
    messages: {
      failed: 'pip install --user of a local package failed: {{error}}',
      elsewhere: 'pip install --user put the package in {{location}}; expected under {{expected}}',
    },
  },
  check(f, ctx) {
    const expected = `${ctx.options.home}/.local/`;
    if (!f.pip.location) return ctx.report({ messageId: 'failed', data: { error: (f.pip.error ?? 'no output').slice(0, 300) } });
    if (!f.pip.location.startsWith(expected)) ctx.report({ messageId: 'elsewhere', data: { location: f.pip.location, expected }, severity: 'high' });
  },
});
