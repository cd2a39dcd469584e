import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import { entropy } from '../secret.js';
import type { ScanSubject } from '../subject.js';

const KEY_ID = /(?<![A-Z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])/g;

export const awsAccessKey = defineRule<ScanSubject, 'keyId'>({
  meta: {
    id: 'aws-access-key',
    target: 'file',
    severity: 'high',
    docs: { description: "Finds AWS access key ids (AKIA…, ASIA…); AWS's documented example keys and low-entropy look-alikes are ignored." },
    messages: { keyId: 'AWS access key id committed: {{hint}}' },
  },
  check(subject, ctx) {
    if (!/A(KI|SI|BI|CC)A/.test(subject.text)) return;
    for (const { offset, secret } of matches(subject.text, KEY_ID, 1)) {
      if (secret.includes('EXAMPLE') || entropy(secret.slice(4)) < 3) continue;
      reportSecret(subject, ctx, 'keyId', { offset, secret, resolution: 'deactivate the key in IAM, remove it, and use a role (IRSA, instance profile) or a secret store' });
    }
  },
});
