import { defineRule } from '@flightcheck/core';
import type { AirflowModel } from '../model.js';
import { at } from './helpers/findings.js';

const RESOLUTION: Record<string, string> = {
  cfg: 'fix airflow.cfg so that Python\'s configparser reads it: one [section] header each, one value per key, `key = value` lines, `%%` for a literal %',
  'env-name': 'name the variable AIRFLOW__<SECTION>__<KEY> in upper case (two underscores around the section), or remove it',
  dockerfile: 'fix the Dockerfile so that the file it copies is in the build context',
  'pod-template': 'fix the pod template so that it is one valid Kubernetes Pod',
};

export const invalidConfig = defineRule<AirflowModel, 'problem'>({
  meta: {
    id: 'invalid-config',
    target: 'airflow-config',
    severity: 'medium',
    docs: { description: 'Configuration that Airflow refuses or silently ignores: an airflow.cfg configparser cannot read (a malformed line, an option before any section, a duplicate section or key, a bad `%` interpolation), an `AIRFLOW__…` environment variable whose name Airflow never reads, an unreadable pod template. What is refused stops Airflow; what is ignored leaves a setting you believe is in force at its default.' },
    messages: { problem: '{{message}}' },
  },
  check(model, ctx) {
    for (const p of model.problems) ctx.report({ messageId: 'problem', data: { message: p.message }, ...at(p.where), resolution: RESOLUTION[p.kind] ?? 'fix the configuration' });
  },
});
