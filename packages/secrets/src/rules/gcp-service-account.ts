import { defineRule } from '@flightcheck/core';
import { reportSecret } from '../helpers/report-secret.js';
import type { ScanSubject } from '../subject.js';

const TYPE = /"type"\s*:\s*"service_account"/;
const KEY = /"private_key"\s*:\s*"([^"]{64,})"/g;
const KEY_ID = /"private_key_id"\s*:\s*"([0-9a-f]{20,})"/;

export const gcpServiceAccount = defineRule<ScanSubject, 'key'>({
  meta: {
    id: 'gcp-service-account',
    target: 'file',
    severity: 'critical',
    docs: { description: 'Finds Google Cloud service account key files (JSON with "type": "service_account" and a private_key), also when embedded in YAML or env values.' },
    messages: { key: 'GCP service account key committed (private_key_id {{keyId}}): {{hint}}' },
  },
  check(subject, ctx) {
    const t = subject.text;
    if (!t.includes('service_account') || !TYPE.test(t)) return;
    KEY.lastIndex = 0;
    for (let m = KEY.exec(t); m; m = KEY.exec(t)) {
      const keyId = KEY_ID.exec(t)?.[1];
      reportSecret(subject, ctx, 'key', {
        offset: m.index,
        secret: m[1]!,
        data: { keyId: keyId ? `${keyId.slice(0, 6)}…` : 'unknown' },
        resolution: 'delete the key in IAM, remove the file, and use Workload Identity or a secret store',
      });
    }
  },
});
