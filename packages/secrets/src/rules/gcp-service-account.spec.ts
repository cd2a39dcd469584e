import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { gcpServiceAccount } from './gcp-service-account.js';

const KEY = `-----BEGIN PRIVATE KEY-----\\n${'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'.repeat(2)}\\n-----END PRIVATE KEY-----\\n`;
const sa = (type: string) => JSON.stringify({ type, project_id: 'demo', private_key_id: '0123456789abcdef0123456789abcdef01234567', client_email: 'x@demo.iam.gserviceaccount.com' }, null, 2).replace(/\n}$/, `,\n  "private_key": "${KEY}"\n}`);

testRule(gcpServiceAccount, parseSubject, {
  valid: ['{"type": "service_account", "client_email": "x"}', { name: 'another type', code: sa('authorized_user') }],
  invalid: [{ code: sa('service_account'), file: 'sa.json', errors: [{ messageId: 'key', line: 6 }] }],
});
