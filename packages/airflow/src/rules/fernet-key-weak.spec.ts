import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, FERNET, secretRef } from './__fixtures__/pod.js';
import { fernetKeyWeak } from './fernet-key-weak.js';

testRule(fernetKeyWeak, parseSubject, {
  valid: [
    { name: 'from a Secret', code: deployment({ args: 'scheduler', envRaw: [secretRef('AIRFLOW__CORE__FERNET_KEY', 'fernet', 'fernet-key')] }) },
    { name: 'from a build argument without a default: not known here, so not judged (secret-literal says it is baked in)', code: 'FROM apache/airflow:3.1.8\nARG FERNET_KEY\nENV AIRFLOW__CORE__FERNET_KEY=$FERNET_KEY\n', file: 'Dockerfile' },
    { name: 'two keys while rotating', code: deployment({ args: 'scheduler', env: { AIRFLOW__CORE__FERNET_KEY: `${FERNET},${FERNET}` } }) },
    { name: 'an Airflow 3 worker pod needs none', code: deployment({ args: 'celery, worker' }) },
    { name: 'from a command (not evaluated)', code: deployment({ args: 'scheduler', env: { AIRFLOW__CORE__FERNET_KEY_CMD: 'cat /run/secrets/fernet' } }) },
  ],
  invalid: [
    { name: 'missing on the scheduler', code: deployment({ args: 'scheduler' }), errors: [{ messageId: 'missing' }] },
    { name: 'missing on an Airflow 2 worker', code: deployment({ image: 'apache/airflow:2.10.5', args: 'celery, worker' }), errors: [{ messageId: 'missing' }] },
    { name: 'not a Fernet key', code: deployment({ args: 'triggerer', env: { AIRFLOW__CORE__FERNET_KEY: 'my-fernet-key' } }), errors: [{ messageId: 'invalid', line: 13 }] },
    { name: 'empty', code: deployment({ args: 'triggerer', env: { AIRFLOW__CORE__FERNET_KEY: '' } }), errors: [{ messageId: 'empty' }] },
  ],
});
