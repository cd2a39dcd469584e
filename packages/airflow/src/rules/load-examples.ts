import { defineRule } from '@flightcheck/core';
import { getSetting, type Setting } from '../component.js';
import type { AirflowModel } from '../model.js';
import { asBool } from '../names.js';
import { at, optionText, PerSource } from './helpers/findings.js';

const ADVISORY = 'the example DAGs have let users run code on the workers (CVE-2020-11978, CVE-2022-24288, CVE-2022-40127, CVE-2024-45498)';
const RESOLUTION = 'set AIRFLOW__CORE__LOAD_EXAMPLES=False (in the image ENV and in the components\' environment) and delete the example DAGs\' runs from the metadata database';

export const loadExamples = defineRule<AirflowModel, 'enabled' | 'defaulted'>({
  meta: {
    id: 'load-examples',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: '`[core] load_examples` is true, or an image that installs Airflow itself (not FROM apache/airflow, whose ENV turns it off) leaves it at Airflow\'s default, true: the example DAGs are loaded, and several of them have let users run code on the workers (CVE-2020-11978, CVE-2022-24288, CVE-2022-40127, CVE-2024-45498).' },
    messages: {
      enabled: `{{components}}: {{option}} is true ({{source}}): ${ADVISORY}`,
      defaulted: `{{component}}: [core] load_examples is not set and Airflow's default is True: ${ADVISORY}`,
    },
  },
  check(model, ctx) {
    const on = new PerSource<Setting>();
    for (const c of model.components) {
      const s = getSetting(c, 'loadExamples');
      if (s?.value !== undefined && asBool(s.value) !== false) on.add(s.where, 'load_examples', c, s);
      if (!s && c.role === 'image' && model.image?.airflow && !model.image.official) {
        ctx.report({ messageId: 'defaulted', data: { component: c.label }, location: { file: model.image.file, line: 1 }, resolution: RESOLUTION });
      }
    }
    on.each((s, components) => ctx.report({ messageId: 'enabled', data: { components, option: optionText(s), source: s.via }, ...at(s.where), resolution: RESOLUTION }));
  },
});
