import { defineRule } from '@flightcheck/core';
import { getSetting, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import { asBool } from '../names.js';
import { at, optionText, PerSource } from './helpers/findings.js';

export const exposeConfig = defineRule<AirflowModel, 'exposed'>({
  meta: {
    id: 'expose-config',
    target: 'airflow-config',
    severity: 'medium',
    docs: { description: '`[api] expose_config` (Airflow 3; `[webserver] expose_config` in Airflow 2) is true: the UI and the REST API show the whole configuration, connection strings and keys included, to every user allowed to view it. `non-sensitive-only` is accepted.' },
    messages: { exposed: '{{components}}: {{option}} is true ({{source}}): the UI and API show the whole configuration, the database URL and the keys included' },
  },
  check(model, ctx) {
    const on = new PerSource<Setting>();
    for (const c of model.components) {
      const s = getSetting(c, 'exposeConfig');
      if (s?.value !== undefined && asBool(s.value) === true) on.add(s.where, 'expose_config', c, s);
    }
    on.each((s, components) => ctx.report({ messageId: 'exposed', data: { components, option: optionText(s), source: s.via }, ...at(s.where), resolution: `set ${optionText(s)} to False (or non-sensitive-only)` }));
  },
});
