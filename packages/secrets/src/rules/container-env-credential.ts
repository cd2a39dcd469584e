import { defineRule } from '@flightcheck/core';
import { reportSecret } from '../helpers/report-secret.js';
import { mayHaveLiteralEnvCredential } from '../helpers/env-prefilter.js';
import { environmentValues, objectRef } from '../helpers/kubernetes.js';
import { literalCredential } from '../helpers/literal.js';
import { isCredentialName } from '../secret.js';
import type { ScanSubject } from '../subject.js';

export const containerEnvCredential = defineRule<ScanSubject, 'env'>({
  meta: {
    id: 'container-env-credential',
    target: 'container',
    severity: 'high',
    docs: { description: 'Finds container environment variables whose name says credential (PASSWORD, TOKEN, SECRET, FERNET_KEY, SQL_ALCHEMY_CONN, AIRFLOW_CONN_*…) set to a literal value in Kubernetes or Compose YAML; `valueFrom.secretKeyRef` is the fix. References (`$(VAR)`, `${VAR}`, `{{ … }}`), placeholders and URIs without a password (`sqlite:////…`, `postgresql://user@host/db`) are not literals.' },
    messages: { env: 'environment variable {{name}} is set to a literal credential: {{hint}}' },
  },
  check(subject, ctx) {
    if (subject.kind !== 'yaml' || !/\benv(ironment)?:/.test(subject.text) || !mayHaveLiteralEnvCredential(subject.text)) return;
    for (const doc of subject.yaml()) {
      const object = objectRef(doc);
      for (const e of environmentValues(doc)) {
        if (!isCredentialName(e.name)) continue;
        const secret = literalCredential(e.value); // none for $(VAR), ${VAR}, {{ … }}, a URI without a password
        if (secret === undefined) continue;
        reportSecret(subject, ctx, 'env', {
          line: e.line,
          secret,
          data: { name: e.name },
          ...(object ? { object } : {}),
          resolution: 'use valueFrom.secretKeyRef (Kubernetes) or a secrets: entry (Compose) instead of a literal value',
        });
      }
    }
  },
});
