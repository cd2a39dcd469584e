import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment } from './__fixtures__/pod.js';
import { invalidConfig } from './invalid-config.js';

const withCfg = (cfg: string) => `${deployment({ args: 'scheduler' })}
          volumeMounts: [{ name: c, mountPath: /opt/airflow/airflow.cfg, subPath: airflow.cfg }]
      volumes: [{ name: c, configMap: { name: cfg } }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: cfg, namespace: airflow }
data:
  airflow.cfg: |
${cfg.split('\n').map((l) => `    ${l}`).join('\n')}`;

testRule(invalidConfig, parseSubject, {
  valid: [
    { name: 'a well-formed airflow.cfg', code: withCfg('[core]\nload_examples = False\n[api]\nexpose_config = False') },
    { name: 'ordinary variables', code: deployment({ env: { AIRFLOW_HOME: '/opt/airflow', AIRFLOW__CORE__LOAD_EXAMPLES: 'False', PATH: '/bin' } }) },
  ],
  invalid: [
    { name: 'duplicate key and section, malformed line', code: withCfg('[core]\nload_examples = False\nload_examples = True\n[core]\njust text'), errors: [{ messageId: 'problem', line: 22 }, { messageId: 'problem', line: 23 }, { messageId: 'problem', line: 24 }] },
    { name: 'a lone % in a value', code: withCfg('[core]\ndags_folder = /opt/100%/dags'), errors: [{ messageId: 'problem', line: 21 }] },
    { name: 'an env var name Airflow never reads', code: deployment({ env: { AIRFLOW__CORE_LOAD_EXAMPLES: 'False' } }), errors: [{ messageId: 'problem', line: 13 }] },
    { name: 'a pod template that is not YAML', code: deployment({ args: 'scheduler', env: { AIRFLOW__CORE__EXECUTOR: 'KubernetesExecutor', AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE: '/t/pod.yaml' } }).replace(/$/, '\n          volumeMounts: [{ name: t, mountPath: /t }]\n      volumes: [{ name: t, configMap: { name: tpl } }]\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: tpl, namespace: airflow }\ndata:\n  pod.yaml: "kind: [Pod"'), errors: 1 },
  ],
});
