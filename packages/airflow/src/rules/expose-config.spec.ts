import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment } from './__fixtures__/pod.js';
import { exposeConfig } from './expose-config.js';

const withCfg = (cfg: string) => `${deployment({ image: 'apache/airflow:2.10.5', args: 'webserver' })}
          volumeMounts: [{ name: c, mountPath: /opt/airflow/airflow.cfg, subPath: airflow.cfg }]
      volumes: [{ name: c, configMap: { name: cfg } }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: cfg, namespace: airflow }
data:
  airflow.cfg: |
${cfg.split('\n').map((l) => `    ${l}`).join('\n')}`;

testRule(exposeConfig, parseSubject, {
  valid: [
    { name: 'false', code: deployment({ env: { AIRFLOW__API__EXPOSE_CONFIG: 'False' } }) },
    { name: 'non-sensitive-only', code: deployment({ env: { AIRFLOW__API__EXPOSE_CONFIG: 'non-sensitive-only' } }) },
    { name: 'Airflow 2 does not read the Airflow 3 name', code: withCfg('[api]\nexpose_config = True') },
  ],
  invalid: [
    { name: 'Airflow 3, env', code: deployment({ env: { AIRFLOW__API__EXPOSE_CONFIG: 'True' } }), errors: [{ messageId: 'exposed', line: 13 }] },
    { name: 'Airflow 2, airflow.cfg in a ConfigMap', code: withCfg('[webserver]\nexpose_config = True'), errors: [{ messageId: 'exposed', line: 21 }] },
  ],
});
