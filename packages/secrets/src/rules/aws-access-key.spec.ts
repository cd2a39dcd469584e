import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { awsAccessKey } from './aws-access-key.js';

const KEY = ['AKIA', 'Q3ZL7RX2WB5NKT4M'].join('');

testRule(awsAccessKey, parseSubject, {
  valid: ['nothing', { name: "AWS's documented example", code: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE' }, { name: 'low entropy', code: 'AKIAAAAAAAAAAAAAAAAA' }, { name: 'inside a longer word', code: `X${KEY}Y` }],
  invalid: [
    { code: `[default]\naws_access_key_id = ${KEY}\n`, errors: [{ messageId: 'keyId', line: 2, column: 21 }] },
    { name: 'session keys', code: `key: ${KEY.replace('AKIA', 'ASIA')}`, errors: 1 },
  ],
});
