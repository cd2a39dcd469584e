import { defineRule } from '@flightcheck/core';
import { objectRef, secretEntries } from '../helpers/kubernetes.js';
import { decodeData, judgeSecretEntry } from '../helpers/secret-keys.js';
import { fingerprint } from '../secret.js';
import type { ScanSubject } from '../subject.js';

const MAX_LISTED = 10;

export const kubernetesSecret = defineRule<ScanSubject, 'data'>({
  meta: {
    id: 'kubernetes-secret',
    target: 'Secret',
    severity: 'high',
    docs: {
      description:
        'Finds Kubernetes Secret objects committed with credentials in `data` or `stringData` (base64 is an encoding, not encryption): one finding per Secret, listing the keys that hold credentials. Public material (certificates, `*.crt`, a `*.pem` without a private key, `ca.crt`, known_hosts), usernames, database names, hosts and ports, references and placeholders are not credentials; a private key always is.',
    },
    messages: { data: 'Secret {{name}} is committed with {{count}} credential(s): {{keys}} ({{hint}})' },
  },
  check(subject, ctx) {
    if (subject.kind !== 'yaml' || !/^\s*["']?kind["']?:\s*["']?Secret\b/m.test(subject.text)) return;
    for (const doc of subject.yaml()) {
      const entries = secretEntries(doc);
      if (!entries.length) continue;
      const found: { key: string; value: string; line: number }[] = [];
      let privateKey = false;
      for (const e of entries) {
        const plain = e.field === 'data' ? decodeData(e.value) : e.value;
        const verdict = judgeSecretEntry(e.name, plain, e.value);
        if (verdict !== 'credential' && verdict !== 'private-key') continue;
        privateKey ||= verdict === 'private-key';
        found.push({ key: `${e.field}.${e.name}`, value: e.value, line: e.line });
      }
      if (!found.length) continue;
      const object = objectRef(doc);
      const listed = found.slice(0, MAX_LISTED).map((f) => f.key.slice(0, 120)).join(', ');
      // the fingerprint of every credential of the Secret together: it changes when any of them changes
      const fp = fingerprint(found.map((f) => `${f.key}=${f.value}`).join('\n'));
      ctx.report({
        messageId: 'data',
        data: { name: object?.name ?? '?', count: found.length, keys: found.length > MAX_LISTED ? `${listed} and ${found.length - MAX_LISTED} more` : listed, hint: fp },
        location: { file: ctx.file, line: found[0]!.line },
        properties: { fingerprint: fp, keys: found.map((f) => f.key) },
        ...(object ? { object } : {}),
        ...(privateKey ? { severity: 'critical' as const } : {}),
        resolution: 'keep the Secret out of git: create it from a secret store (External Secrets, Sealed Secrets, SOPS) and reference it with secretKeyRef',
      });
    }
  },
});
