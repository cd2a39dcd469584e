// flightcheck:fake-secrets never-issued credentials planted to prove the rules find them
import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { connectionUriPassword } from './connection-uri-password.js';

testRule(connectionUriPassword, parseSubject, {
  valid: [
    'https://airflow.apache.org/docs',
    { name: 'user without password', code: 'postgresql://airflow@postgres/airflow' },
    { name: 'password from the environment', code: 'AIRFLOW_CONN_DB=postgresql://airflow:${DB_PASSWORD}@postgres/airflow' },
    { name: 'documentation placeholder', code: 'sql_alchemy_conn = postgresql://user:<password>@host/db' },
  ],
  invalid: [
    { code: 'export AIRFLOW_CONN_METADATA=postgresql://airflow:S3cr3tPw@postgres:5432/airflow\n', errors: [{ messageId: 'uri', line: 1 }] },
    { name: 'two URIs', code: 'a=mysql://root:rootpw1@db/x b=amqp://guest:guest123@rabbit//\n', errors: 2 },
  ],
});
