import { runRules, defineRule } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import type { AirflowModel } from '../../model.js';
import { parseSubject } from '../../subject.js';
import { deployment } from '../__fixtures__/pod.js';
import { checkSecretOption, minLength } from './secret-option.js';

const rule = defineRule<AirflowModel, 'missing' | 'empty' | 'default' | 'short' | 'invalid'>({
  meta: { id: 't', target: 't', severity: 'high', docs: { description: 't' }, messages: { missing: 'm {{component}}', empty: 'e', default: 'd', short: 's {{components}}', invalid: 'i' } },
  check: (m, ctx) => checkSecretOption(m, ctx, { id: 'secretKey', name: () => 'x', required: (c) => c.role === 'api-server', judge: minLength(16) }, 'fix'),
});

describe('checkSecretOption', () => {
  it('reports a weak value once per place, naming every component that reads it', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: e, namespace: airflow }\ndata: { AIRFLOW__API__SECRET_KEY: short }';
    const withEnvFrom = (d: string) => d.replace(/(args: \[[a-z-]+\])/, '$1\n          envFrom: [{ configMapRef: { name: e } }]');
    const text = `${withEnvFrom(deployment({ extra: cm }))}\n---\n${withEnvFrom(deployment({ name: 's', args: 'scheduler' }))}`;
    const found = runRules([rule], parseSubject(text, 'a.yaml'), { file: 'a.yaml' });
    expect(found.map((f) => [f.message, f.location?.line])).toEqual([['s api-server (Deployment airflow/airflow-api-server, container main); scheduler (Deployment airflow/s, container main)', 17]]);
  });
});
