import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { containerEnvCredential } from './container-env-credential.js';

const pod = (env: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      env:\n${env}`;

testRule(containerEnvCredential, parseSubject, {
  valid: [
    { code: pod('        - name: AIRFLOW__CORE__LOAD_EXAMPLES\n          value: "false"\n'), file: 'p.yaml' },
    { name: 'secretKeyRef is fine', code: pod('        - name: AIRFLOW__CORE__FERNET_KEY\n          valueFrom:\n            secretKeyRef: {name: airflow, key: fernet-key}\n'), file: 'p.yaml' },
    { name: 'pointer to a file', code: pod('        - name: DB_PASSWORD_FILE\n          value: /run/secrets/db\n'), file: 'p.yaml' },
    { name: 'placeholder', code: pod('        - name: DB_PASSWORD\n          value: ${DB_PASSWORD}\n'), file: 'p.yaml' },
  ],
  invalid: [
    { code: pod('        - name: AIRFLOW__CORE__FERNET_KEY\n          value: 46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=\n'), file: 'p.yaml', errors: [{ messageId: 'env', line: 10 }] },
    { name: 'SQL_ALCHEMY_CONN and POSTGRES_PASSWORD', code: pod('        - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n          value: postgresql+psycopg2://airflow:airflow@postgres/airflow\n        - name: POSTGRES_PASSWORD\n          value: airflow\n'), file: 'p.yaml', errors: 2 },
    { name: 'Compose environment', code: 'services:\n  web:\n    environment:\n      - _AIRFLOW_WWW_USER_PASSWORD=admin123\n', file: 'docker-compose.yaml', errors: [{ messageId: 'env', line: 4 }] },
  ],
});
