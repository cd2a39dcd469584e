import { defineRule } from '@flightcheck/core';
import { dockerfileVars } from '../helpers/dockerfile.js';
import { reportSecret } from '../helpers/report-secret.js';
import { literalCredential } from '../helpers/literal.js';
import { isCredentialName } from '../secret.js';
import type { ScanSubject } from '../subject.js';

export const dockerfileSecret = defineRule<ScanSubject, 'value' | 'buildArg'>({
  meta: {
    id: 'dockerfile-secret',
    target: 'dockerfile',
    severity: 'high',
    docs: { description: 'Finds ENV and ARG instructions that carry credentials: a literal value is in the image for anyone who pulls it, and build arguments stay in the image history.' },
    messages: {
      value: '{{instruction}} {{name}} sets a credential in the image: {{hint}}',
      buildArg: 'ARG {{name}} passes a credential as a build argument, which stays in the image history',
    },
  },
  check(subject, ctx) {
    if (subject.kind !== 'dockerfile') return;
    for (const v of dockerfileVars(subject.lines())) {
      if (!isCredentialName(v.name)) continue;
      const secret = v.value === undefined ? undefined : literalCredential(v.value);
      if (secret !== undefined) {
        reportSecret(subject, ctx, 'value', { line: v.line, secret, data: { instruction: v.instruction, name: v.name }, resolution: 'remove the value; mount it at build time with RUN --mount=type=secret, or give it to the container at run time from a Secret' });
      } else if (v.instruction === 'ARG') {
        ctx.report({ messageId: 'buildArg', severity: 'medium', data: { name: v.name }, location: { file: ctx.file, line: v.line }, resolution: 'use RUN --mount=type=secret,id=… and docker build --secret instead of --build-arg' });
      }
    }
  },
});
