// flightcheck:fake-secrets never-issued credentials planted to prove the rules find them
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
    { name: 'Kubernetes dependent variables $(VAR)', code: pod('        - name: PGPASSWORD\n          value: $(POSTGRES_PASSWORD)\n        - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n          value: postgresql+psycopg2://$(DB_USER):$(DB_PASSWORD)@postgres:5432/airflow\n        - name: AUTH_TOKEN\n          value: "Bearer $(API_TOKEN)"\n'), file: 'p.yaml' },
    { name: 'valueFrom of every kind', code: pod('        - name: API_TOKEN\n          valueFrom:\n            configMapKeyRef: {name: c, key: k}\n        - name: SECRET_KEY\n          valueFrom: {fieldRef: {fieldPath: metadata.uid}}\n'), file: 'p.yaml' },
    { name: 'URIs without a password', code: pod('        - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n          value: sqlite:////opt/airflow/airflow.db\n        - name: AIRFLOW__CELERY__RESULT_BACKEND\n          value: db+postgresql://airflow@postgres/airflow\n        - name: AIRFLOW_CONN_GCP\n          value: google-cloud-platform://?extra__google_cloud_platform__project=p\n'), file: 'p.yaml' },
    { name: 'fill-in shapes', code: 'services:\n  web:\n    environment:\n      DB_PASSWORD: INSERT_DB_PASSWORD\n      API_KEY: API_KEY_VAL\n      ADMIN_PASSWORD: changeme\n      TOKEN: <token>\n', file: 'docker-compose.yaml' },
  ],
  invalid: [
    { code: pod('        - name: AIRFLOW__CORE__FERNET_KEY\n          value: 46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=\n'), file: 'p.yaml', errors: [{ messageId: 'env', line: 10 }] },
    { name: 'SQL_ALCHEMY_CONN and POSTGRES_PASSWORD', code: pod('        - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN\n          value: postgresql+psycopg2://airflow:airflow@postgres/airflow\n        - name: POSTGRES_PASSWORD\n          value: airflow\n'), file: 'p.yaml', errors: 2 },
    { name: 'a URI with a password, a JSON connection with one', code: pod('        - name: AIRFLOW_CONN_DB\n          value: postgres://airflow:Q7vd9LxP2m@db/airflow\n        - name: AIRFLOW_CONN_API\n          value: \'{"conn_type": "http", "password": "Q7vd9LxP2m"}\'\n'), file: 'p.yaml', errors: [{ messageId: 'env', line: 10 }, { messageId: 'env', line: 12 }] },
    { name: 'Compose environment', code: 'services:\n  web:\n    environment:\n      - _AIRFLOW_WWW_USER_PASSWORD=admin123\n', file: 'docker-compose.yaml', errors: [{ messageId: 'env', line: 4 }] },
  ],
});
