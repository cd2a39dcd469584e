import { dockerRule } from './rule.js';
import { argName, keyValuePairs } from './util.js';

/** DL3064: Do not pass secrets in ARG or ENV. */
export default dockerRule({
  id: 'DL3064',
  level: 'warning',
  description: 'Do not pass secrets in ARG or ENV.',
  message: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
  onbuild: true,
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword === 'ARG') {
        const name = argName(ins);
        if (isSecretName(name)) report(ins.line, { name });
      } else if (ins.keyword === 'ENV') {
        const hit = keyValuePairs(ins).find(({ key }) => isSecretName(key));
        if (hit) report(ins.line, { name: hit.key });
      }
    }
  },
});

const KNOWN_SECRETS = new Set([
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_TENANT_ID',
  'AZURE_STORAGE_KEY', 'AZURE_STORAGE_CONNECTION_STRING', 'GOOGLE_APPLICATION_CREDENTIALS', 'GCP_SERVICE_ACCOUNT_KEY',
  'GITHUB_TOKEN', 'GH_TOKEN', 'GITLAB_TOKEN', 'CI_JOB_TOKEN', 'BITBUCKET_TOKEN', 'NPM_TOKEN', 'NPM_AUTH', 'NODE_AUTH_TOKEN',
  'PYPI_TOKEN', 'TWINE_PASSWORD', 'DOCKER_PASSWORD', 'DOCKER_AUTH_CONFIG', 'REGISTRY_PASSWORD', 'POSTGRES_PASSWORD',
  'PGPASSWORD', 'MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MONGO_INITDB_ROOT_PASSWORD', 'REDIS_PASSWORD', 'RABBITMQ_DEFAULT_PASS',
  'DATABASE_URL', 'SLACK_TOKEN', 'SLACK_WEBHOOK_URL', 'STRIPE_SECRET_KEY', 'SENTRY_DSN', 'SSH_PRIVATE_KEY', 'SSH_KEY',
  'GPG_PRIVATE_KEY', 'GPG_PASSPHRASE', 'VAULT_TOKEN', 'CONSUL_HTTP_TOKEN', 'HEROKU_API_KEY', 'DIGITALOCEAN_ACCESS_TOKEN',
  'CLOUDFLARE_API_TOKEN', 'SNYK_TOKEN', 'SONAR_TOKEN', 'CODECOV_TOKEN', 'AIRFLOW__CORE__FERNET_KEY',
]);
const SECRET_PARTS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

export function isSecretName(name: string): boolean {
  if (KNOWN_SECRETS.has(name.toUpperCase())) return true;
  const l = name.toLowerCase();
  return SECRET_PARTS.some((p) => l.includes(p));
}
