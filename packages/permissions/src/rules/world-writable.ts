import { defineRule } from '@flightcheck/core';
import { isWithin } from '@flightcheck/oci';
import type { PermissionsOptions } from '../options.js';
import { nodeFacts, type ImageSubject } from '../subject.js';

const MAX_REPORTED = 200;

export const worldWritable = defineRule<ImageSubject, 'file' | 'directory' | 'more', PermissionsOptions>({
  meta: {
    id: 'world-writable',
    target: 'image',
    severity: 'high',
    docs: { description: 'No world-writable file, and no world-writable directory without the sticky bit, outside /tmp.' },
    messages: {
      file: 'World-writable file: {{node}}',
      directory: 'World-writable directory without the sticky bit: {{node}}',
      more: '{{count}} more world-writable paths not listed',
    },
  },
  check(s, ctx) {
    let n = 0;
    for (const [path, node] of s.tree.entries()) {
      if (!(node.mode & 0o002) || isWithin(path, '/tmp')) continue;
      const isDir = node.type === 'directory';
      if (isDir && node.mode & 0o1000) continue;
      if (!isDir && node.type !== 'file' && node.type !== 'hardlink') continue; // symlinks are always 0777
      if (++n > MAX_REPORTED) continue;
      const f = nodeFacts(s, path, node);
      ctx.report({ messageId: isDir ? 'directory' : 'file', data: { node: f.text }, properties: f.properties, resolution: isDir ? `chmod o-w ${path} (or chmod +t for a shared scratch directory)` : `chmod o-w ${path}` });
    }
    if (n > MAX_REPORTED) ctx.report({ messageId: 'more', data: { count: n - MAX_REPORTED } });
  },
});
