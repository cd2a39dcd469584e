import { defineRule } from '@flightcheck/core';
import { reportSecret } from '../helpers/report-secret.js';
import { objectRef, secretEntries } from '../helpers/kubernetes.js';
import { isPlaceholder } from '../secret.js';
import type { ScanSubject } from '../subject.js';

export const kubernetesSecret = defineRule<ScanSubject, 'data'>({
  meta: {
    id: 'kubernetes-secret',
    target: 'Secret',
    severity: 'high',
    docs: { description: 'Finds Kubernetes Secret objects committed with values in `data` or `stringData` (base64 is an encoding, not encryption).' },
    messages: { data: 'Secret {{name}} carries {{field}}.{{key}} in the repository: {{hint}}' },
  },
  check(subject, ctx) {
    if (subject.kind !== 'yaml' || !/^kind:\s*["']?Secret\b/m.test(subject.text)) return;
    for (const doc of subject.yaml()) {
      const entries = secretEntries(doc);
      if (!entries.length) continue;
      const object = objectRef(doc);
      for (const e of entries) {
        const plain = e.field === 'data' ? Buffer.from(e.value, 'base64').toString('utf8') : e.value;
        if (isPlaceholder(plain) || isPlaceholder(e.value)) continue;
        reportSecret(subject, ctx, 'data', {
          line: e.line,
          secret: e.value,
          data: { name: object?.name ?? '?', field: e.field, key: e.name },
          ...(object ? { object } : {}),
          resolution: 'keep the Secret out of git: create it from a secret store (External Secrets, Sealed Secrets, SOPS) and reference it with secretKeyRef',
        });
      }
    }
  },
});
