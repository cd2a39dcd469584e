import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { privateKey } from './private-key.js';

const BODY = 'MIIEowIBAAKCAQEAr5VQ9k3bZc1Yx2WmPq8LrT0nS7u4JgHdKfXe6iOaBp3Cy9Dv\nQ1wR2sT3uV4wX5yZ6a7b8c9d0e1f2g3h4i5j6k7l8m9n0o1p2q3r4s5t6u7v8w9x';
const pem = (type: string) => `-----BEGIN ${type}-----\n${BODY}\n-----END ${type}-----\n`;

testRule(privateKey, parseSubject, {
  valid: [
    'no keys here',
    { name: 'a header without a body is documentation', code: 'Keys look like -----BEGIN RSA PRIVATE KEY----- ... -----END RSA PRIVATE KEY-----' },
    { name: 'base64 certificates are fine', code: `certificate-authority-data: ${Buffer.from(pem('CERTIFICATE')).toString('base64')}\n`, file: 'kubeconfig' },
    { name: 'public keys are fine', code: `-----BEGIN PUBLIC KEY-----\n${BODY}\n-----END PUBLIC KEY-----\n` },
  ],
  invalid: [
    { code: `a: 1\nkey: |\n  ${pem('RSA PRIVATE KEY').replace(/\n/g, '\n  ')}`, file: 'x.yaml', errors: [{ messageId: 'key', line: 3 }] },
    { name: 'base64-encoded, as in a kubeconfig', code: `users:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(pem('CERTIFICATE')).toString('base64')}\n    client-key-data: ${Buffer.from(pem('EC PRIVATE KEY')).toString('base64')}\n`, file: 'kubeconfig', errors: [{ messageId: 'key', line: 5 }] },
    { name: 'OpenSSH', code: pem('OPENSSH PRIVATE KEY'), errors: 1 },
    { name: 'escaped newlines in JSON', code: `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${BODY.replace('\n', '\\n')}\\n-----END PRIVATE KEY-----\\n"}`, file: 'sa.json', errors: 1 },
  ],
});
