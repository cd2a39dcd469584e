import { defineRule } from '@flightcheck/core';
import { IN_REPOSITORY, type EnvEntry } from '../component.js';
import type { AirflowModel } from '../model.js';
import { at, PerSource } from './helpers/findings.js';
import { parseServiceUrl } from './helpers/url.js';

const CREDENTIAL_NAME = /PASS(WORD|WD)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH/i;

/** Does an AIRFLOW_CONN_ value (URI or JSON) carry a password or a secret extra? */
function connectionCredential(value: string): boolean {
  const v = value.trim();
  if (v.startsWith('{')) {
    try {
      const j = JSON.parse(v) as Record<string, unknown>;
      if (typeof j.password === 'string' && j.password) return true;
      const extra = typeof j.extra === 'string' ? (JSON.parse(j.extra) as Record<string, unknown>) : (j.extra as Record<string, unknown> | undefined);
      return !!extra && Object.entries(extra).some(([k, x]) => CREDENTIAL_NAME.test(k) && typeof x === 'string' && x.length > 0);
    } catch {
      return false;
    }
  }
  const u = parseServiceUrl(v);
  return !!u && (u.hasPassword || [...u.query.keys()].some((k) => CREDENTIAL_NAME.test(k) && !!u.query.get(k)));
}

export const connVarLiteral = defineRule<AirflowModel, 'connection' | 'variable'>({
  meta: {
    id: 'conn-var-literal',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: 'An Airflow connection (`AIRFLOW_CONN_<ID>`, URI or JSON) with a password or secret extra, or a variable (`AIRFLOW_VAR_<NAME>`) named like a credential or holding a URL or JSON with a password, is written in the repository (env value, ConfigMap, Dockerfile ENV) instead of coming from a Secret or a secrets backend.' },
    messages: {
      connection: '{{components}}: connection {{name}} carries a credential written in the repository ({{source}})',
      variable: '{{components}}: variable {{name}} holds or names a credential and is written in the repository ({{source}})',
    },
  },
  check(model, ctx) {
    const found = new PerSource<{ e: EnvEntry; kind: 'connection' | 'variable' }>();
    for (const c of model.components) {
      for (const e of c.env.values()) {
        if (!IN_REPOSITORY.has(e.origin) || !e.value) continue;
        if (e.name.startsWith('AIRFLOW_CONN_') && connectionCredential(e.value)) found.add(e.where, e.name, c, { e, kind: 'connection' });
        else if (e.name.startsWith('AIRFLOW_VAR_') && (CREDENTIAL_NAME.test(e.name.slice('AIRFLOW_VAR_'.length)) || connectionCredential(e.value))) found.add(e.where, e.name, c, { e, kind: 'variable' });
      }
    }
    found.each(({ e, kind }, components) =>
      ctx.report({ messageId: kind, data: { components, name: e.name, source: e.via }, ...at(e.where), resolution: `rotate the credential, then set ${e.name} from a Secret (env valueFrom.secretKeyRef) or keep it in a secrets backend ([secrets] backend)` }),
    );
  },
});
