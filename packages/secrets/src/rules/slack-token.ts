import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import { entropy } from '../secret.js';
import type { ScanSubject } from '../subject.js';

const TOKEN = /(?<![A-Za-z0-9])(xox[abposre]-[0-9A-Za-z]{6,}-[0-9A-Za-z-]{6,})/g;
const WEBHOOK = /https:\/\/hooks\.slack\.com\/services\/(T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{16,})/g;

export const slackToken = defineRule<ScanSubject, 'token' | 'webhook'>({
  meta: {
    id: 'slack-token',
    target: 'file',
    severity: 'high',
    docs: { description: 'Finds Slack API tokens (xoxb-, xoxp-, xapp-…) and incoming-webhook URLs.' },
    messages: { token: 'Slack token committed: {{hint}}', webhook: 'Slack webhook URL committed: {{hint}}' },
  },
  check(subject, ctx) {
    const t = subject.text;
    if (t.includes('xox')) {
      for (const { offset, secret } of matches(t, TOKEN, 1)) {
        if (entropy(secret) < 3.5) continue;
        reportSecret(subject, ctx, 'token', { offset, secret, resolution: 'revoke the token in Slack and load it from a secret store' });
      }
    }
    if (t.includes('hooks.slack.com')) {
      for (const { offset, secret } of matches(t, WEBHOOK, 1)) reportSecret(subject, ctx, 'webhook', { offset, secret, resolution: 'regenerate the webhook and load its URL from a secret store' });
    }
  },
});
