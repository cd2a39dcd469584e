import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef } from './__fixtures__/pod.js';
import { connectionPasswordPlain } from './connection-password-plain.js';

testRule(connectionPasswordPlain, parseSubject, {
  valid: [
    { name: 'from a Secret', code: deployment({ args: 'scheduler', envRaw: [secretRef('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'db', 'connection')] }) },
    { name: 'no password in the URL (client certificate or IAM)', code: deployment({ args: 'scheduler', env: { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgresql://airflow@db/airflow?sslmode=verify-full' } }) },
    { name: 'the password spliced in from a Secret by $(VAR) expansion', code: deployment({ args: 'scheduler', envRaw: [secretRef('PGPASS', 'db', 'password'), '- { name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, value: "postgresql://airflow:$(PGPASS)@db/airflow?sslmode=require" }'] }) },
    { name: 'from a secrets backend', code: deployment({ args: 'scheduler', env: { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET: 'airflow/db' } }) },
  ],
  invalid: [
    { name: 'literal env', code: deployment({ args: 'scheduler', env: { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgresql://airflow:airflow@db/airflow?sslmode=require' } }), errors: [{ messageId: 'password', line: 13 }] },
    { name: '$(VAR) of a variable written in the manifests is still a literal', code: deployment({ args: 'scheduler', envRaw: ['- { name: PGPASS, value: hunter2 }', '- { name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, value: "postgresql://airflow:$(PGPASS)@db/airflow?sslmode=require" }'] }), errors: [{ messageId: 'password', line: 14 }] },
    { name: 'broker URL in a Dockerfile', code: 'FROM apache/airflow:2.10.5\nENV AIRFLOW__CELERY__BROKER_URL=redis://:hunter2@redis:6379/0\n', file: 'Dockerfile', errors: [{ messageId: 'password', line: 2 }] },
  ],
});
