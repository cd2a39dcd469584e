import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { kubernetesSecret } from './kubernetes-secret.js';

const secret = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: airflow-db\n${body}`;

testRule(kubernetesSecret, parseSubject, {
  valid: [
    { code: secret('type: Opaque\n'), file: 's.yaml' },
    { name: 'placeholders from a template', code: secret('stringData:\n  password: ${DB_PASSWORD}\n  token: "{{ .Values.token }}"\n'), file: 's.yaml' },
    { name: 'not a Secret', code: 'kind: ConfigMap\ndata:\n  password: hunter2hunter\n', file: 'c.yaml' },
    { name: 'not YAML', code: secret('stringData:\n  password: hunter2hunter\n'), file: 'notes.txt' },
  ],
  invalid: [
    { code: secret('data:\n  password: aHVudGVyMmh1bnRlcg==\n'), file: 's.yaml', errors: [{ messageId: 'data', line: 6 }] },
    { name: 'stringData, several keys, several documents', code: `kind: ConfigMap\n---\n${secret('stringData:\n  user: airflow\n  password: hunter2hunter\n')}`, file: 's.yaml', errors: 2 },
  ],
});
