import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { credentialAssignment } from './credential-assignment.js';

testRule(credentialAssignment, parseSubject, {
  valid: [
    'password = ${DB_PASSWORD}',
    { name: 'a word, outside .env', code: 'secret_name: airflow-db-secret\ntoken_url: https://x/token\n', file: 'values.yaml' },
    { name: 'low entropy', code: 'api_key = "aaaaaaaaaaaa"', file: 'settings.py' },
    { name: 'a reference', code: 'fernet_key: $FERNET', file: 'c.yaml' },
    { name: 'code, not a value', code: 'const password = decode(match[3]!);\nsecret: string;\nconst token = env.GITHUB_TOKEN2;\n', file: 'x.ts' },
    { name: 'passwd is the account file', code: 'PASSWD=root:x:0:0:root:/root:/bin/bash\n', file: '.env' },
    { name: 'Dockerfiles have their own rule', code: 'ENV API_KEY=q7Vd9LxP2mZk4Rt8', file: 'Dockerfile' },
  ],
  invalid: [
    { code: 'POSTGRES_USER=airflow\nPOSTGRES_PASSWORD=airflow\n', file: '.env', errors: [{ messageId: 'assignment', line: 2, column: 19 }] },
    { name: 'random value in config', code: '[core]\nfernet_key = 46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=\n', file: 'airflow.cfg', errors: 1 },
    { name: 'JSON', code: '{"client_secret": "q7Vd9LxP2mZk4Rt8Wc1Y"}', file: 'c.json', errors: 1 },
  ],
});
