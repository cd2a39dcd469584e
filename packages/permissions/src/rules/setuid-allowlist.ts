import { defineRule } from '@flightcheck/core';
import { baseName, isWithin, parentOf } from '@flightcheck/oci';
import type { PermissionsOptions } from '../options.js';
import { nodeFacts, type ImageSubject } from '../subject.js';

const SYSTEM_DIRS = ['/bin', '/sbin', '/usr/bin', '/usr/sbin'];

/** True when a setuid/setgid path is on the allow-list (bare names only in the system directories). */
export function isAllowedSetuid(path: string, allow: readonly string[]): boolean {
  for (const a of allow) {
    if (a.startsWith('/')) {
      if (a === path) return true;
    } else if (a === baseName(path) && (SYSTEM_DIRS.includes(parentOf(path)) || isWithin(path, '/usr/lib') || isWithin(path, '/lib'))) return true;
  }
  return false;
}

export const setuidAllowlist = defineRule<ImageSubject, 'setuid' | 'setgid', PermissionsOptions>({
  meta: {
    id: 'setuid-allowlist',
    target: 'image',
    severity: 'high',
    docs: { description: 'setuid and setgid files only from an allow-list (Debian\'s usual ones: su, mount, passwd, unix_chkpwd…; configurable with setuidAllowList).' },
    messages: {
      setuid: 'setuid file not on the allow-list: {{node}}',
      setgid: 'setgid file not on the allow-list: {{node}}',
    },
  },
  check(s, ctx) {
    for (const [path, node] of s.tree.entries()) {
      if (node.type !== 'file' && node.type !== 'hardlink') continue;
      if (!(node.mode & 0o6000) || isAllowedSetuid(path, ctx.options.setuidAllowList)) continue;
      const f = nodeFacts(s, path, node);
      ctx.report({ messageId: node.mode & 0o4000 ? 'setuid' : 'setgid', data: { node: f.text }, properties: f.properties, resolution: `chmod u-s,g-s ${path}, or add it to setuidAllowList with a reason` });
    }
  },
});
