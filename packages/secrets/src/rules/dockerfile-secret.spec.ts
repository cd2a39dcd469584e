import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { dockerfileSecret } from './dockerfile-secret.js';

testRule(dockerfileSecret, parseSubject, {
  valid: [
    { code: 'FROM debian\nENV AIRFLOW_HOME=/opt/airflow\nARG AIRFLOW_UID=50000\n', file: 'Dockerfile' },
    { name: 'a value from a build argument', code: 'FROM debian\nENV DB_PASSWORD=${DB_PASSWORD_DEFAULT}\n', file: 'Dockerfile' },
    { name: 'references and URIs without a password', code: 'FROM debian\nENV AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=sqlite:////opt/airflow/airflow.db\nENV DB_PASSWORD=${DB_PASSWORD:-}\n', file: 'Dockerfile' },
    { name: 'not a Dockerfile', code: 'ENV DB_PASSWORD=hunter2hunter\n', file: 'notes.md' },
  ],
  invalid: [
    { code: 'FROM debian\nENV AIRFLOW__CORE__FERNET_KEY=46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=\n', file: 'Dockerfile', errors: [{ messageId: 'value', line: 2 }] },
    { name: 'ARG with and without a default', code: 'FROM debian\nARG PIP_INDEX_TOKEN\nARG NPM_TOKEN=abcd1234efgh\n', file: 'images/a/Dockerfile', errors: [{ messageId: 'buildArg', line: 2 }, { messageId: 'value', line: 3 }] },
    { name: 'legacy ENV form', code: 'FROM debian\nENV POSTGRES_PASSWORD airflow\n', file: 'app.dockerfile', errors: 1 },
  ],
});
