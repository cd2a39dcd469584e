import { defineRule } from '@flightcheck/core';
import type { AirflowModel } from '../model.js';
import { checkSecretOption, minLength } from './helpers/secret-option.js';

const ADVISORY = 'CVE-2020-17526: whoever knows the secret_key signs session cookies and logs in as any user';

export const secretKeyWeak = defineRule<AirflowModel, 'missing' | 'empty' | 'default' | 'short' | 'invalid'>({
  meta: {
    id: 'secret-key-weak',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: 'The API server\'s (Airflow 3, `[api] secret_key`) or webserver\'s (Airflow 2, `[webserver] secret_key`) secret key is missing, empty, a published default or shorter than 16 characters. It signs session cookies and log-fetch tokens (CVE-2020-17526).' },
    messages: {
      missing: `{{component}}: {{option}} is not set: each process makes up its own key, so sessions and log fetching break across replicas and restarts (${ADVISORY})`,
      empty: `{{components}}: {{option}} is empty ({{source}}) (${ADVISORY})`,
      default: `{{components}}: {{option}} is a published default value ({{source}}) (${ADVISORY})`,
      short: `{{components}}: {{option}} is shorter than 16 characters ({{source}}) (${ADVISORY})`,
      invalid: `{{components}}: {{option}} is not a usable key ({{source}}) (${ADVISORY})`,
    },
  },
  check(model, ctx) {
    checkSecretOption(
      model,
      ctx,
      {
        id: 'secretKey',
        name: (c) => (c.version && c.version.major < 3 ? '[webserver] secret_key' : '[api] secret_key'),
        required: (c) => c.role === 'webserver' || (c.role === 'api-server' && (c.version?.major ?? 3) >= 3),
        judge: minLength(16),
      },
      'generate a random key (python3 -c "import secrets; print(secrets.token_hex(32))"), keep it in a Secret and give every component the same one through env valueFrom.secretKeyRef',
    );
  },
});
