import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import { nodeFacts, resolveIn, type ImageSubject } from '../subject.js';

/** The expected directories plus the user's site-packages when the image has one. */
export function expectedDirectories(s: ImageSubject, o: PermissionsOptions): string[] {
  const site = s.tree.glob(`${o.home}/.local/lib/python3*/site-packages`);
  return [...new Set([...o.directories, ...site])];
}

export const ownedDirectories = defineRule<ImageSubject, 'missing' | 'notDir' | 'owner' | 'worldWritable' | 'loop', PermissionsOptions>({
  meta: {
    id: 'owned-directories',
    target: 'image',
    severity: 'high',
    docs: { description: 'The user\'s directories (/opt/airflow, /opt/airflow/.local, its site-packages when present; configurable) exist, are owned by the user and are not world-writable.' },
    messages: {
      missing: 'The directory {{path}} does not exist in the image',
      notDir: '{{node}} should be a directory',
      owner: '{{node}} is not owned by UID {{uid}}',
      worldWritable: '{{node}} is world-writable',
      loop: '{{path}} cannot be resolved: {{reason}}',
    },
  },
  check(s, ctx) {
    const o = ctx.options;
    for (const dir of expectedDirectories(s, o)) {
      const r = resolveIn(s.tree, dir);
      if (r.loop) {
        ctx.report({ messageId: 'loop', data: { path: dir, reason: r.loop } });
        continue;
      }
      if (!r.node) {
        ctx.report({ messageId: 'missing', data: { path: dir }, properties: { path: dir }, resolution: `install -d -o ${o.uid} -g ${o.gid} -m 0755 ${dir}` });
        continue;
      }
      const f = nodeFacts(s, r.path, r.node);
      if (r.node.type !== 'directory') {
        ctx.report({ messageId: 'notDir', data: { node: f.text }, properties: f.properties });
        continue;
      }
      if (r.node.uid !== o.uid) ctx.report({ messageId: 'owner', data: { node: f.text, uid: o.uid }, properties: f.properties, resolution: `install -d -o ${o.uid} -g ${o.gid} -m 0755 ${dir}, or COPY --chown=${o.uid}:${o.gid}` });
      if (r.node.mode & 0o002) ctx.report({ messageId: 'worldWritable', data: { node: f.text }, properties: f.properties, resolution: `chmod o-w ${dir}` });
    }
  },
});
