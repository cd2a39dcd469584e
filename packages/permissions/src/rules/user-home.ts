import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import { nodeFacts, resolveIn, type ImageSubject } from '../subject.js';

export const userHome = defineRule<ImageSubject, 'noEntry' | 'path' | 'missing' | 'notDir' | 'owner' | 'env' | 'loop', PermissionsOptions>({
  meta: {
    id: 'user-home',
    target: 'image',
    severity: 'high',
    docs: { description: 'The user\'s home (its /etc/passwd entry, and HOME when the image sets it) is the expected path, exists, and is owned by the user.' },
    messages: {
      noEntry: 'UID {{uid}} has no /etc/passwd entry, so it has no home: expected {{home}}',
      path: 'The home of {{name}} in /etc/passwd is {{actual}}; expected {{home}}',
      missing: 'The home {{home}} does not exist in the image',
      notDir: 'The home is not a directory: {{node}}',
      owner: 'The home is not owned by UID {{uid}}: {{node}}',
      env: 'The image sets HOME={{actual}}; expected {{home}}',
      loop: 'The home {{home}} cannot be resolved: {{reason}}',
    },
  },
  check(s, ctx) {
    const o = ctx.options;
    const entry = s.passwd.find((p) => p.uid === o.uid);
    if (!entry) ctx.report({ messageId: 'noEntry', data: { uid: o.uid, home: o.home }, resolution: `useradd --uid ${o.uid} --home-dir ${o.home} ${o.user}` });
    else if (entry.home.replace(/\/+$/, '') !== o.home) ctx.report({ messageId: 'path', data: { name: entry.name, actual: entry.home, home: o.home }, resolution: `usermod --home ${o.home} ${entry.name}` });
    const envHome = (s.config.config?.Env ?? []).find((e) => typeof e === 'string' && e.startsWith('HOME='))?.slice(5);
    if (envHome !== undefined && envHome.replace(/\/+$/, '') !== o.home) ctx.report({ messageId: 'env', data: { actual: envHome, home: o.home } });
    const r = resolveIn(s.tree, o.home);
    if (r.loop) return ctx.report({ messageId: 'loop', data: { home: o.home, reason: r.loop } });
    if (!r.node) return ctx.report({ messageId: 'missing', data: { home: o.home }, resolution: `install -d -o ${o.uid} -g ${o.gid} -m 0755 ${o.home}` });
    const facts = nodeFacts(s, r.path, r.node);
    if (r.node.type !== 'directory') return ctx.report({ messageId: 'notDir', data: { node: facts.text }, properties: facts.properties });
    if (r.node.uid !== o.uid) ctx.report({ messageId: 'owner', data: { uid: o.uid, node: facts.text }, properties: facts.properties, resolution: `chown ${o.uid}:${o.gid} ${o.home} (or install -d -o ${o.uid} -g ${o.gid})` });
  },
});
