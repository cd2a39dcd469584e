import { defineRule } from '@flightcheck/core';
import type { PermissionsOptions } from '../options.js';
import type { ImageSubject } from '../subject.js';

export const layerIntegrity = defineRule<ImageSubject, 'invalidEntry' | 'danglingHardlink' | 'notADirectory' | 'more', PermissionsOptions>({
  meta: {
    id: 'layer-integrity',
    target: 'image',
    severity: 'high',
    docs: { description: 'Every layer entry stays inside the image root and is consistent: no `..` escapes, no hard links to missing files, no files written under a path a lower layer made a file.' },
    messages: {
      invalidEntry: 'Layer {{layer}} ({{digest}}) has an entry refused as hostile: {{path}}: {{detail}}',
      danglingHardlink: 'Layer {{layer}} ({{digest}}): {{path}}: {{detail}}',
      notADirectory: 'Layer {{layer}} ({{digest}}): {{path}}: {{detail}}',
      more: '{{count}} more layer anomalies not listed',
    },
  },
  check(s, ctx) {
    for (const a of s.tree.anomalies) {
      const messageId = a.kind === 'invalid-entry' ? 'invalidEntry' : a.kind === 'dangling-hardlink' ? 'danglingHardlink' : 'notADirectory';
      ctx.report({
        messageId,
        data: { layer: a.layer, digest: a.layerDigest, path: a.path, detail: a.detail },
        properties: { path: a.path, layer: a.layer, layerDigest: a.layerDigest },
        ...(a.kind === 'invalid-entry' ? {} : { severity: 'low' as const }),
      });
    }
    if (s.tree.anomalyCount > s.tree.anomalies.length) ctx.report({ messageId: 'more', data: { count: s.tree.anomalyCount - s.tree.anomalies.length } });
  },
});
