import { defineRule } from '@flightcheck/core';
import { getSetting, type Component, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import type { OptionId } from '../names.js';
import { at, optionText } from './helpers/findings.js';

const SECRETS: OptionId[] = ['secretKey', 'jwtSecret', 'fernetKey'];

/** What makes two values the same: the Secret they come from, or (hashed, never kept in clear) the value. */
function identity(s: Setting): string | undefined {
  if (s.secretRef) return `secret:${s.secretRef.namespace}/${s.secretRef.name}/${s.secretRef.key}`;
  if (s.value !== undefined && s.value.trim()) return `value:${process.getBuiltinModule('node:crypto').createHash('sha256').update(s.value.trim()).digest('hex')}`;
  return undefined;
}

export const secretShared = defineRule<AirflowModel, 'purposes' | 'deployments'>({
  meta: {
    id: 'secret-shared',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: 'One value serves as two of `secret_key`, `jwt_secret` and `fernet_key`, or one secret is shared by two Airflow deployments (namespaces or instances): a leak of one gives away the other, and sessions or tokens of one deployment are accepted by the other.' },
    messages: {
      purposes: '{{component}}: {{first}} and {{second}} are the same secret ({{source}}): whoever has one can forge sessions or tokens and decrypt connections with the other',
      deployments: '{{option}} of {{first}} is the same secret as that of {{second}} ({{source}}): sessions and tokens of one deployment are valid in the other (CVE-2020-17526 for secret_key)',
    },
  },
  check(model, ctx) {
    const byPurpose = new Map<string, { c: Component; s: Setting }>();
    const reported = new Set<string>();
    for (const c of model.components) {
      const mine = new Map<string, Setting>();
      for (const id of SECRETS) {
        const s = getSetting(c, id);
        const key = s && identity(s);
        if (!s || !key) continue;
        const other = mine.get(key);
        const tag = `p:${c.instance}:${key}`;
        if (other && !reported.has(tag)) {
          reported.add(tag);
          ctx.report({ messageId: 'purposes', data: { component: c.label, first: optionText(other), second: optionText(s), source: s.via }, ...at(s.where), resolution: 'give each purpose its own random value (its own Secret key)' });
        }
        mine.set(key, s);
        const seen = byPurpose.get(`${id}:${key}`);
        const dtag = `d:${id}:${key}`;
        if (seen && seen.c.instance !== c.instance && !reported.has(dtag)) {
          reported.add(dtag);
          ctx.report({ messageId: 'deployments', data: { option: optionText(s), first: `${c.instance} (${c.label})`, second: `${seen.c.instance} (${seen.c.label})`, source: s.via }, ...at(s.where), resolution: 'give each Airflow deployment its own random secret' });
        }
        if (!seen) byPurpose.set(`${id}:${key}`, { c, s });
      }
    }
  },
});
