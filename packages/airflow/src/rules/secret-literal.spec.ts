import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment, FERNET, secretRef, STRONG } from './__fixtures__/pod.js';
import { secretLiteral } from './secret-literal.js';

const cm = `apiVersion: v1
kind: ConfigMap
metadata: { name: env, namespace: airflow }
data:
  AIRFLOW__CORE__FERNET_KEY: ${FERNET}`;

testRule(secretLiteral, parseSubject, {
  valid: [
    { name: 'from Secrets', code: deployment({ envRaw: [secretRef('AIRFLOW__API__SECRET_KEY', 's', 'k'), secretRef('AIRFLOW__CORE__FERNET_KEY', 'f', 'k')] }) },
    { name: 'a Secret in the manifests is a Secret (committing it is the secrets check\'s business)', code: deployment({ envRaw: [secretRef('AIRFLOW__API__SECRET_KEY', 's', 'k')], extra: `apiVersion: v1\nkind: Secret\nmetadata: { name: s, namespace: airflow }\nstringData: { k: ${STRONG} }` }) },
    { name: 'Dockerfile without secrets', code: 'FROM apache/airflow:3.1.8\nENV AIRFLOW__CORE__LOAD_EXAMPLES=False\n', file: 'Dockerfile' },
  ],
  invalid: [
    { name: 'env literal', code: deployment({ env: { AIRFLOW__API__SECRET_KEY: STRONG } }), errors: [{ messageId: 'literal', line: 13 }] },
    { name: 'envFrom a ConfigMap, read by two components: one finding at the ConfigMap', code: `${deployment({ extra: cm }).replace('          args: [api-server]', '          args: [api-server]\n          envFrom: [{ configMapRef: { name: env } }]')}\n---\n${deployment({ name: 'sched', args: 'scheduler' }).replace('          args: [scheduler]', '          args: [scheduler]\n          envFrom: [{ configMapRef: { name: env } }]')}`, errors: [{ messageId: 'literal', line: 18 }] },
    { name: 'a build argument baked into the image by ENV', code: 'FROM apache/airflow:3.1.8\nARG FERNET_KEY\nENV AIRFLOW__CORE__FERNET_KEY=${FERNET_KEY}\n', file: 'images/a/Dockerfile', errors: [{ messageId: 'baked', line: 3 }] },
    { name: 'Dockerfile ENV', code: `FROM apache/airflow:3.1.8\nENV AIRFLOW__API_AUTH__JWT_SECRET=${STRONG}\n`, file: 'images/a/Dockerfile', errors: [{ messageId: 'literal', line: 2 }] },
  ],
});
