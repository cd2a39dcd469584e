import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { jwt } from './jwt.js';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const TOKEN = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'airflow', iat: 1700000000 })}.Qk7vR2mZ9pL4xN8tW1cY6hJdF0gS2aE7`;
const UNSIGNED = `${b64({ alg: 'none' })}.${b64({ sub: 'airflow-user' })}.Qk7vR2mZ9pL4xN8tW1cY6hJd`;

testRule(jwt, parseSubject, {
  valid: ['nothing', { name: 'alg none', code: UNSIGNED }, { name: 'not JSON', code: 'eyJhbGciOiJIUzI1NiIs.eyJzdWIiOiJ4In0xxxx.Qk7vR2mZ9pL4xN8tW1cY6hJd' }],
  invalid: [{ code: `Authorization: Bearer ${TOKEN}`, errors: [{ messageId: 'token', line: 1, column: 23 }] }],
});
