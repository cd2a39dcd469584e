import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef, STRONG } from './__fixtures__/pod.js';
import { secretKeyWeak } from './secret-key-weak.js';

const weakSecret = `apiVersion: v1
kind: Secret
metadata: { name: api-key, namespace: airflow }
stringData: { key: changeme }`;

testRule(secretKeyWeak, parseSubject, {
  valid: [
    { name: 'Airflow 3: [api] secret_key from a Secret that is not in the manifests', code: deployment({ envRaw: [secretRef('AIRFLOW__API__SECRET_KEY', 'api-key', 'key')] }) },
    { name: 'Airflow 2: [webserver] secret_key, long', code: deployment({ image: 'apache/airflow:2.10.5', args: 'webserver', env: { AIRFLOW__WEBSERVER__SECRET_KEY: STRONG } }) },
    { name: 'the scheduler needs none', code: deployment({ args: 'scheduler' }) },
    { name: 'envFrom a Secret whose keys are unknown may set it', code: deployment({}).replace('          args: [api-server]', '          args: [api-server]\n          envFrom: [{ secretRef: { name: all } }]') },
  ],
  invalid: [
    { name: 'Airflow 3 api-server without it', code: deployment(), errors: [{ messageId: 'missing', line: 9 }] },
    { name: 'Airflow 2 default temporary_key', code: deployment({ image: 'apache/airflow:1.10.12', args: 'webserver', env: { AIRFLOW__WEBSERVER__SECRET_KEY: 'temporary_key' } }), errors: [{ messageId: 'default', line: 13 }] },
    { name: 'Airflow 3 reads the deprecated [webserver] name, short', code: deployment({ env: { AIRFLOW__WEBSERVER__SECRET_KEY: 'abc123' } }), errors: [{ messageId: 'short' }] },
    { name: 'a weak value in a Secret of the manifests', code: deployment({ envRaw: [secretRef('AIRFLOW__API__SECRET_KEY', 'api-key', 'key')], extra: weakSecret }), errors: [{ messageId: 'default' }] },
    { name: 'empty', code: deployment({ env: { AIRFLOW__API__SECRET_KEY: '' } }), errors: [{ messageId: 'empty' }] },
  ],
});
