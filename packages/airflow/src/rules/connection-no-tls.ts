import { defineRule } from '@flightcheck/core';
import { getSetting, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import type { OptionId } from '../names.js';
import { at, optionText, PerSource } from './helpers/findings.js';
import { parseServiceUrl, plainTextReason, tlsVisible } from './helpers/url.js';

const SERVICES: [OptionId, string][] = [['sqlAlchemyConn', 'metadata database'], ['brokerUrl', 'Celery broker'], ['resultBackend', 'Celery result backend']];

export const connectionNoTls = defineRule<AirflowModel, 'plain'>({
  meta: {
    id: 'connection-no-tls',
    target: 'airflow-config',
    severity: 'medium',
    docs: { description: 'The metadata database (`[database] sql_alchemy_conn`), the Celery broker (`[celery] broker_url`) or result backend (`[celery] result_backend`) is reached without TLS: passwords, connections (encrypted only by the Fernet key) and task results cross the network in clear. Evaluated where the URL is visible (a Secret of the manifests included); a URL in a Secret outside the manifests is not evaluated.' },
    messages: { plain: '{{components}}: the {{service}} is reached without TLS: {{reason}} ({{option}}, {{source}})' },
  },
  check(model, ctx) {
    const found = new PerSource<{ s: Setting; service: string; reason: string }>();
    for (const c of model.components) {
      for (const [id, service] of SERVICES) {
        const s = getSetting(c, id);
        const text = s?.value ?? (s?.template !== undefined && tlsVisible(s.template) ? s.template : undefined);
        const u = text !== undefined ? parseServiceUrl(text) : undefined;
        const reason = u && plainTextReason(u);
        if (s && reason) found.add(s.where, id, c, { s, service, reason });
      }
    }
    found.each(({ s, service, reason }, components) =>
      ctx.report({ messageId: 'plain', data: { components, service, reason, option: optionText(s), source: s.via }, ...at(s.where), resolution: 'ask for TLS in the URL (PostgreSQL ?sslmode=verify-full with the CA, MySQL ssl_mode=VERIFY_IDENTITY, rediss://, amqps://) and enable it on the server' }),
    );
  },
});
