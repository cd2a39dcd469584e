import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef } from './__fixtures__/pod.js';
import { defaultAdminPassword } from './default-admin-password.js';

testRule(defaultAdminPassword, parseSubject, {
  valid: [
    { name: 'password from a Secret', code: deployment({ env: { _AIRFLOW_WWW_USER_CREATE: 'true' }, envRaw: [secretRef('_AIRFLOW_WWW_USER_PASSWORD', 'admin', 'password')] }) },
    { name: 'users create without --password', code: deployment({ args: 'airflow, users, create, --username, admin, --role, Admin' }) },
    { name: '--password "$PW" with PW from a Secret (a shell)', code: deployment({ args: 'bash, -c, \'airflow users create --username admin --role Admin --password "$PW"\'', envRaw: [secretRef('PW', 'admin', 'password')] }) },
    { name: '--password $(PW) expanded by Kubernetes from a Secret', code: deployment({ args: 'airflow, users, create, --username, admin, -p, $(PW)', envRaw: [secretRef('PW', 'admin', 'password')] }) },
  ],
  invalid: [
    { name: 'literal in the environment', code: deployment({ env: { _AIRFLOW_WWW_USER_CREATE: 'true', _AIRFLOW_WWW_USER_PASSWORD: 'admin' } }), errors: [{ messageId: 'env', line: 15 }] },
    { name: 'in a Dockerfile', code: 'FROM apache/airflow:2.10.5\nENV _AIRFLOW_WWW_USER_CREATE=true _AIRFLOW_WWW_USER_PASSWORD=airflow\n', file: 'Dockerfile', errors: [{ messageId: 'env', line: 2 }] },
    { name: '--password "$PW" with PW written in the manifests', code: deployment({ args: 'bash, -c, \'airflow users create --username admin --password "${PW}"\'', env: { PW: 'admin' } }), errors: [{ messageId: 'args', line: 9 }] },
    { name: 'on the command line', code: deployment({ args: 'airflow, users, create, --username, admin, --password, admin' }), errors: [{ messageId: 'args', line: 9 }] },
  ],
});
