// flightcheck:fake-secrets never-issued credentials planted to prove the rules find them
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
    { name: 'a type annotation or an identifier in code, whatever it looks like', code: 'function f(secret: K8sObject, token: Map2Key) {}\nconst password = config.db2Password;\nclientSecret: OAuth2Secret;\n', file: 'src/x.ts' },
    { name: 'a Python annotation', code: 'def login(password: SecretStr2, api_key: Token64Type):\n', file: 'dag.py' },
    { name: 'checksum annotations', code: 'metadata:\n  annotations:\n    checksum/secret: 3c2a9f0e6b1d4a7c8e5f2b0a9d6c3e1f4a7b0c2d5e8f1a3b6c9d2e5f8a1b4c7d\n    checksum/config: 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n', file: 'deploy.yaml' },
    { name: 'a placeholder with spaces', code: 'AIRFLOW__CORE__FERNET_KEY=<fernet key>\nSECRET_KEY=<generate with openssl rand -hex 32> # later\n', file: '.env' },
    { name: 'passwd is the account file', code: 'PASSWD=root:x:0:0:root:/root:/bin/bash\n', file: '.env' },
    { name: 'Dockerfiles have their own rule', code: 'ENV API_KEY=q7Vd9LxP2mZk4Rt8', file: 'Dockerfile' },
  ],
  invalid: [
    { code: 'POSTGRES_USER=airflow\nPOSTGRES_PASSWORD=airflow\n', file: '.env', errors: [{ messageId: 'assignment', line: 2, column: 19 }] },
    { name: 'random value in config', code: '[core]\nfernet_key = 46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=\n', file: 'airflow.cfg', errors: 1 },
    { name: 'a quoted literal in code', code: 'const apiKey = "q7Vd9LxP2mZk4Rt8Wc1Y";\n', file: 'src/x.ts', errors: 1 },
    { name: 'an unquoted value in a config file', code: 'client_secret: q7Vd9LxP2mZk4Rt8Wc1Y\n', file: 'values.yaml', errors: 1 },
    { name: 'JSON', code: '{"client_secret": "q7Vd9LxP2mZk4Rt8Wc1Y"}', file: 'c.json', errors: 1 },
  ],
});
