import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import type { ImageSubject } from '../subject.js';

export const imageUser = defineRule<ImageSubject, 'noUser' | 'root' | 'unresolved' | 'uid' | 'gid' | 'name', PermissionsOptions>({
  meta: {
    id: 'image-user',
    target: 'image',
    severity: 'high',
    docs: { description: 'The image runs as the expected non-root user: USER resolves, through the image\'s own /etc/passwd and /etc/group, to the expected UID and GID.' },
    messages: {
      noUser: 'The image sets no USER and runs as root (UID 0); expected {{user}} ({{uid}}:{{gid}})',
      root: 'USER {{spec}} resolves to root (UID 0); expected {{user}} ({{uid}}:{{gid}})',
      unresolved: 'USER {{spec}} cannot be resolved: {{reason}}',
      uid: 'USER {{spec}} resolves to UID {{actual}}; expected {{uid}}',
      gid: 'USER {{spec}} resolves to GID {{actual}}; expected {{gid}}',
      name: 'UID {{uid}} is named {{actual}} in /etc/passwd; expected {{user}}',
    },
  },
  check(s, ctx) {
    const o = ctx.options;
    const base = { user: o.user, uid: o.uid, gid: o.gid, spec: s.user.spec };
    const resolution = `Set USER ${o.uid}:${o.gid} after creating the user (groupadd --gid ${o.gid} ${o.user} && useradd --uid ${o.uid} --gid ${o.gid} --home-dir ${o.home} ${o.user})`;
    if (!s.user.spec) return ctx.report({ messageId: 'noUser', data: base, resolution, severity: 'critical' });
    if (s.user.error) return ctx.report({ messageId: 'unresolved', data: { ...base, reason: s.user.error }, resolution });
    if (s.user.uid === 0) return ctx.report({ messageId: 'root', data: base, resolution, severity: 'critical' });
    if (s.user.uid !== o.uid) ctx.report({ messageId: 'uid', data: { ...base, actual: s.user.uid ?? '?' }, resolution });
    if (s.user.gid !== o.gid) ctx.report({ messageId: 'gid', data: { ...base, actual: s.user.gid ?? '?' }, resolution });
    if (s.user.uid === o.uid && s.user.entry && s.user.entry.name !== o.user) ctx.report({ messageId: 'name', data: { ...base, actual: s.user.entry.name }, severity: 'low' });
  },
});
