import { defineRule } from '@flightcheck/core';
import { getSetting } from '../component.js';
import type { AirflowModel } from '../model.js';
import { checkSecretOption, minLength } from './helpers/secret-option.js';

const ADVISORY = 'whoever knows it mints API and Execution API tokens for any user or task';
const NEEDS = new Set(['api-server', 'scheduler', 'dag-processor', 'triggerer']);

export const jwtSecretWeak = defineRule<AirflowModel, 'missing' | 'empty' | 'default' | 'short' | 'invalid'>({
  meta: {
    id: 'jwt-secret-weak',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: 'Airflow 3\'s `[api_auth] jwt_secret`, which signs the tokens of the REST API and of the Execution API that task processes call, is missing on a component that issues or checks tokens (api-server, scheduler, dag-processor, triggerer), empty, a published default or shorter than 32 characters. Not missing where `[api_auth] jwt_private_key_path` signs tokens with a key pair instead.' },
    messages: {
      missing: `{{component}}: {{option}} is not set: each process makes up its own, so tokens issued by one are refused by another (${ADVISORY})`,
      empty: `{{components}}: {{option}} is empty ({{source}}): ${ADVISORY}`,
      default: `{{components}}: {{option}} is a published default value ({{source}}): ${ADVISORY}`,
      short: `{{components}}: {{option}} is shorter than 32 characters ({{source}}): ${ADVISORY}`,
      invalid: `{{components}}: {{option}} is not a usable key ({{source}}): ${ADVISORY}`,
    },
  },
  check(model, ctx) {
    checkSecretOption(
      model,
      ctx,
      { id: 'jwtSecret', name: () => '[api_auth] jwt_secret', required: (c) => (c.version?.major ?? 0) >= 3 && NEEDS.has(c.role) && !getSetting(c, 'jwtPrivateKeyPath'), judge: minLength(32) },
      'generate 64 random bytes (python3 -c "import secrets; print(secrets.token_urlsafe(64))"), keep them in a Secret and give the same value to the api-server, scheduler, dag-processor and triggerer through env valueFrom.secretKeyRef',
    );
  },
});
