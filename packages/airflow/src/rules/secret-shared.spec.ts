import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, secretRef, STRONG } from './__fixtures__/pod.js';
import { secretShared } from './secret-shared.js';

testRule(secretShared, parseSubject, {
  valid: [
    { name: 'one Secret key per purpose', code: deployment({ envRaw: [secretRef('AIRFLOW__API__SECRET_KEY', 'a', 'k'), secretRef('AIRFLOW__API_AUTH__JWT_SECRET', 'j', 'k')] }) },
    { name: 'components of one deployment share their secrets', code: `${deployment({ envRaw: [secretRef('AIRFLOW__API_AUTH__JWT_SECRET', 'j', 'k')] })}\n---\n${deployment({ name: 's', args: 'scheduler', envRaw: [secretRef('AIRFLOW__API_AUTH__JWT_SECRET', 'j', 'k')] })}` },
  ],
  invalid: [
    { name: 'secret_key and jwt_secret from the same Secret key', code: deployment({ envRaw: [secretRef('AIRFLOW__API__SECRET_KEY', 'a', 'k'), secretRef('AIRFLOW__API_AUTH__JWT_SECRET', 'a', 'k')] }), errors: [{ messageId: 'purposes' }] },
    { name: 'the same value in two namespaces', code: `${deployment({ env: { AIRFLOW__API__SECRET_KEY: STRONG } })}\n---\n${deployment({ ns: 'staging', env: { AIRFLOW__API__SECRET_KEY: STRONG } })}`, errors: [{ messageId: 'deployments', line: 28 }] },
  ],
});
