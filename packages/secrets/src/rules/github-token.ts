import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import { entropy } from '../secret.js';
import type { ScanSubject } from '../subject.js';

const TOKEN = /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{60,255})(?![A-Za-z0-9_])/g;

export const githubToken = defineRule<ScanSubject, 'token'>({
  meta: {
    id: 'github-token',
    target: 'file',
    severity: 'high',
    docs: { description: 'Finds GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_) with an entropy check.' },
    messages: { token: 'GitHub token committed: {{hint}}' },
  },
  check(subject, ctx) {
    if (!subject.text.includes('gh') && !subject.text.includes('github_pat_')) return;
    for (const { offset, secret } of matches(subject.text, TOKEN, 1)) {
      if (entropy(secret.slice(secret.indexOf('_') + 1)) < 3.5) continue;
      reportSecret(subject, ctx, 'token', { offset, secret, resolution: 'revoke the token on GitHub, remove it, and pass it from the CI secret store' });
    }
  },
});
