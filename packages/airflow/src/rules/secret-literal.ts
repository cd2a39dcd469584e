import { defineRule } from '@flightcheck/core';
import { getSetting, IN_REPOSITORY, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import type { OptionId } from '../names.js';
import { at, optionText, PerSource } from './helpers/findings.js';

const SECRETS: OptionId[] = ['secretKey', 'jwtSecret', 'fernetKey'];

export const secretLiteral = defineRule<AirflowModel, 'literal' | 'baked'>({
  meta: {
    id: 'secret-literal',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: '`[api]`/`[webserver] secret_key`, `[api_auth] jwt_secret` or `[core] fernet_key` is written in the repository (an env `value`, a ConfigMap, airflow.cfg, a Dockerfile ENV, a build argument an ENV bakes into the image) instead of coming from a Secret, a `_SECRET` secrets backend or a `_CMD`: everyone who can read the repository or the ConfigMap can forge sessions and tokens or decrypt connections.' },
    messages: {
      baked: '{{components}}: {{option}} is baked into the image from a build argument ({{source}}): anyone who pulls the image reads it in its configuration (docker inspect), and the build logs may keep it',
      literal: '{{components}}: {{option}} is written in the repository ({{source}}), not read from a Secret: anyone who reads the repository, the ConfigMap or the image can forge sessions and tokens or decrypt connections (CVE-2020-17526 for secret_key)',
    },
  },
  check(model, ctx) {
    const found = new PerSource<Setting>();
    for (const c of model.components) {
      for (const id of SECRETS) {
        const s = getSetting(c, id);
        if (s && IN_REPOSITORY.has(s.origin)) found.add(s.where, `${s.option.section}.${s.option.key}`, c, s);
      }
    }
    found.each((s, components) =>
      ctx.report({ messageId: s.value === undefined && s.origin === 'dockerfile' ? 'baked' : 'literal', data: { components, option: optionText(s), source: s.via }, ...at(s.where), resolution: `rotate the value (it is public now), keep the new one in a Secret and set ${optionText(s)} with env valueFrom.secretKeyRef (or its _SECRET / _CMD variant); never in a ConfigMap, airflow.cfg or the image` }),
    );
  },
});
