import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef } from './__fixtures__/pod.js';
import { connVarLiteral } from './conn-var-literal.js';

testRule(connVarLiteral, parseSubject, {
  valid: [
    { name: 'connection from a Secret', code: deployment({ envRaw: [secretRef('AIRFLOW_CONN_WAREHOUSE', 'conns', 'warehouse')] }) },
    { name: 'the password spliced in from a Secret ($(VAR))', code: deployment({ envRaw: [secretRef('WH_PASS', 'conns', 'wh'), '- { name: AIRFLOW_CONN_WAREHOUSE, value: "postgres://etl:$(WH_PASS)@wh:5432/dw" }'] }) },
    { name: 'connection without credentials', code: deployment({ env: { AIRFLOW_CONN_HTTP_DEFAULT: 'https://example.org' } }) },
    { name: 'a variable holding a URL without a password', code: deployment({ env: { AIRFLOW_VAR_API_URL: 'https://api.example.org/v1' } }) },
    { name: 'a harmless variable', code: deployment({ env: { AIRFLOW_VAR_REGION: 'eu-west-1' } }) },
  ],
  invalid: [
    { name: 'URI with a password', code: deployment({ env: { AIRFLOW_CONN_WAREHOUSE: 'postgres://etl:etl-pass@wh:5432/dw' } }), errors: [{ messageId: 'connection', line: 13 }] },
    { name: 'JSON with a password', code: deployment({ env: { AIRFLOW_CONN_API: '{"conn_type": "http", "host": "api", "password": "x1"}' } }), errors: [{ messageId: 'connection' }] },
    { name: 'JSON with a token in extra', code: deployment({ env: { AIRFLOW_CONN_SLACK: '{"conn_type": "slack", "extra": {"token": "xoxb-1"}}' } }), errors: [{ messageId: 'connection' }] },
    { name: 'a variable holding a URL with a password', code: deployment({ env: { AIRFLOW_VAR_WAREHOUSE_URL: 'postgresql://etl:etl-pass@wh/dw' } }), errors: [{ messageId: 'variable', line: 13 }] },
    { name: 'a credential variable in a Dockerfile', code: 'FROM apache/airflow:3.1.8\nENV AIRFLOW_VAR_API_TOKEN=abc123\n', file: 'Dockerfile', errors: [{ messageId: 'variable', line: 2 }] },
  ],
});
