import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef } from './__fixtures__/pod.js';
import { connectionNoTls } from './connection-no-tls.js';

const secret = (url: string) => `apiVersion: v1\nkind: Secret\nmetadata: { name: db, namespace: airflow }\ndata: { connection: ${Buffer.from(url).toString('base64')} }`;

testRule(connectionNoTls, parseSubject, {
  valid: [
    { name: 'from a Secret outside the manifests: not evaluated', code: deployment({ args: 'scheduler', envRaw: [secretRef('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'db', 'connection')] }) },
    { name: 'host and query from a Secret outside the manifests: not evaluated', code: deployment({ args: 'scheduler', envRaw: [secretRef('DBHOST', 'db', 'host'), '- { name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, value: "postgresql://airflow@$(DBHOST)" }'] }) },
    { name: 'sslmode=verify-full', code: deployment({ args: 'scheduler', env: { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgresql+psycopg2://airflow@db/airflow?sslmode=verify-full' } }) },
    { name: 'rediss broker', code: deployment({ args: 'scheduler', env: { AIRFLOW__CELERY__BROKER_URL: 'rediss://redis:6380/0' } }) },
  ],
  invalid: [
    { name: 'no sslmode', code: deployment({ args: 'scheduler', env: { AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgresql://airflow@db/airflow' } }), errors: [{ messageId: 'plain', line: 13 }] },
    { name: 'Airflow 2 name under [core], redis broker and result backend', code: deployment({ image: 'apache/airflow:2.2.5', args: 'scheduler', env: { AIRFLOW__CORE__SQL_ALCHEMY_CONN: 'postgresql://a@db/a?sslmode=disable', AIRFLOW__CELERY__BROKER_URL: 'redis://redis:6379/0', AIRFLOW__CELERY__RESULT_BACKEND: 'db+postgresql://a@db/a' } }), errors: 3 },
    { name: 'only the password from a Secret outside the manifests: the rest of the URL is judged', code: deployment({ args: 'scheduler', envRaw: [secretRef('PGPASS', 'db', 'password'), '- { name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN, value: "postgresql://airflow:$(PGPASS)@db/airflow" }'] }), errors: [{ messageId: 'plain', line: 15 }] },
    { name: 'a URL in a Secret of the manifests is evaluated', code: deployment({ args: 'scheduler', envRaw: [secretRef('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'db', 'connection')], extra: secret('postgresql://a@db/a?sslmode=prefer') }), errors: [{ messageId: 'plain' }] },
  ],
});
