import { defineRule } from '@flightcheck/core';
import { getSetting, IN_REPOSITORY, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import type { OptionId } from '../names.js';
import { at, optionText, PerSource } from './helpers/findings.js';
import { parseServiceUrl } from './helpers/url.js';

const SERVICES: [OptionId, string][] = [['sqlAlchemyConn', 'metadata database'], ['brokerUrl', 'Celery broker'], ['resultBackend', 'Celery result backend']];

export const connectionPasswordPlain = defineRule<AirflowModel, 'password'>({
  meta: {
    id: 'connection-password-plain',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: 'The URL of the metadata database, the Celery broker or the result backend holds a password and is written in the repository: a plain environment variable, a ConfigMap, airflow.cfg or a Dockerfile ENV. Whoever reads it owns the database: every connection, variable and the Fernet-encrypted secrets with it.' },
    messages: { password: '{{components}}: the {{service}} URL with its password is written in the repository ({{option}}, {{source}})' },
  },
  check(model, ctx) {
    const found = new PerSource<{ s: Setting; service: string }>();
    for (const c of model.components) {
      for (const [id, service] of SERVICES) {
        const s = getSetting(c, id);
        if (s && IN_REPOSITORY.has(s.origin) && s.value !== undefined && parseServiceUrl(s.value)?.hasPassword) found.add(s.where, id, c, { s, service });
      }
    }
    found.each(({ s, service }, components) =>
      ctx.report({ messageId: 'password', data: { components, service, option: optionText(s), source: s.via }, ...at(s.where), resolution: `rotate the password, keep the URL in a Secret and set ${optionText(s)} with env valueFrom.secretKeyRef (or the _SECRET / _CMD variant)` }),
    );
  },
});
