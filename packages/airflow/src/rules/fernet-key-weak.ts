import { defineRule } from '@flightcheck/core';
import type { Component } from '../component.js';
import type { AirflowModel } from '../model.js';
import { checkSecretOption } from './helpers/secret-option.js';
import { fernetProblem } from './helpers/secret-values.js';

const ADVISORY = 'connection passwords and variables are then stored in the metadata database unencrypted, or cannot be decrypted';
const NEEDS = new Set(['api-server', 'webserver', 'scheduler', 'dag-processor', 'triggerer']);

function required(c: Component): boolean {
  if (NEEDS.has(c.role)) return true;
  return (c.role === 'worker' || c.role === 'pod-template') && c.version !== undefined && c.version.major < 3; // Airflow 2 tasks read the database
}

export const fernetKeyWeak = defineRule<AirflowModel, 'missing' | 'empty' | 'default' | 'short' | 'invalid'>({
  meta: {
    id: 'fernet-key-weak',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: '`[core] fernet_key`, which encrypts connections and variables in the metadata database, is missing on a component that reads them, empty, a published placeholder, or not a Fernet key (32 bytes in url-safe base64; several keys separated by commas for rotation).' },
    messages: {
      missing: `{{component}}: {{option}} is not set: ${ADVISORY}`,
      empty: `{{components}}: {{option}} is empty ({{source}}): ${ADVISORY}`,
      default: `{{components}}: {{option}} is a published placeholder ({{source}}): ${ADVISORY}`,
      short: `{{components}}: {{option}} is too short ({{source}}): ${ADVISORY}`,
      invalid: `{{components}}: {{option}} is not a Fernet key (32 bytes, url-safe base64) ({{source}}): ${ADVISORY}`,
    },
  },
  check(model, ctx) {
    checkSecretOption(
      model,
      ctx,
      { id: 'fernetKey', name: () => '[core] fernet_key', required, judge: fernetProblem },
      'generate a key (python3 -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"), keep it in a Secret and give it to every component through env valueFrom.secretKeyRef',
    );
  },
});
