import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import type { RuntimeFacts } from '../runtime-probe.js';

export const runtimeIdentity = defineRule<RuntimeFacts, 'uid' | 'gid' | 'home' | 'userBase' | 'noProbe', PermissionsOptions>({
  meta: {
    id: 'runtime-identity',
    target: 'container',
    severity: 'high',
    docs: { description: 'In a running container, `id -u`, `id -g`, $HOME and `python3 -m site --user-base` are the expected UID, GID, home and home/.local.' },
    messages: {
      uid: 'The container runs as UID {{actual}}; expected {{expected}}',
      gid: 'The container runs with GID {{actual}}; expected {{expected}}',
      home: 'HOME is {{actual}} in the container; expected {{expected}}',
      userBase: 'python3 -m site --user-base is {{actual}}; expected {{expected}}',
      noProbe: 'The probe did not report {{what}} (output: {{output}})',
    },
  },
  check(f, ctx) {
    const o = ctx.options;
    const missing = (what: string) => ctx.report({ messageId: 'noProbe', data: { what, output: f.output.slice(0, 300) } });
    if (f.uid === undefined) missing('the UID');
    else if (f.uid !== o.uid) ctx.report({ messageId: 'uid', data: { actual: f.uid, expected: o.uid }, severity: f.uid === 0 ? 'critical' : 'high' });
    if (f.gid === undefined) missing('the GID');
    else if (f.gid !== o.gid) ctx.report({ messageId: 'gid', data: { actual: f.gid, expected: o.gid } });
    if (f.home?.replace(/\/+$/, '') !== o.home) ctx.report({ messageId: 'home', data: { actual: f.home || '(unset)', expected: o.home } });
    const base = `${o.home}/.local`;
    if (f.userBase?.replace(/\/+$/, '') !== base) ctx.report({ messageId: 'userBase', data: { actual: f.userBase ?? '(python3 failed)', expected: base } });
  },
});
