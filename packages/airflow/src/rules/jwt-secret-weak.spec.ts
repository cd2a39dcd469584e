import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef, STRONG } from './__fixtures__/pod.js';
import { jwtSecretWeak } from './jwt-secret-weak.js';

testRule(jwtSecretWeak, parseSubject, {
  valid: [
    { name: 'from a Secret', code: deployment({ args: 'scheduler', envRaw: [secretRef('AIRFLOW__API_AUTH__JWT_SECRET', 'jwt', 'jwt-secret')] }) },
    { name: 'Airflow 2 has no JWT secret', code: deployment({ image: 'apache/airflow:2.10.5', args: 'scheduler' }) },
    { name: 'a long literal is not this rule\'s business', code: deployment({ args: 'triggerer', env: { AIRFLOW__API_AUTH__JWT_SECRET: STRONG } }) },
    { name: 'tokens signed with a key pair (jwt_private_key_path)', code: deployment({ args: 'scheduler', env: { AIRFLOW__API_AUTH__JWT_PRIVATE_KEY_PATH: '/run/keys/jwt.pem' } }) },
    { name: 'from a secrets backend', code: deployment({ args: 'dag-processor', env: { AIRFLOW__API_AUTH__JWT_SECRET_SECRET: 'airflow/jwt' } }) },
  ],
  invalid: [
    { name: 'Airflow 3 scheduler without it', code: deployment({ args: 'scheduler' }), errors: [{ messageId: 'missing' }] },
    { name: 'short', code: deployment({ args: 'api-server', env: { AIRFLOW__API_AUTH__JWT_SECRET: 'abcdefghijklmnop' } }), errors: [{ messageId: 'short', line: 13 }] },
  ],
});
