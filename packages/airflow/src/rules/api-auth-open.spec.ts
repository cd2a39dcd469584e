import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment } from './__fixtures__/pod.js';
import { apiAuthOpen } from './api-auth-open.js';

const withWebserverConfig = (py: string) => `${deployment()}
          volumeMounts: [{ name: c, mountPath: /opt/airflow/webserver_config.py, subPath: webserver_config.py }]
      volumes: [{ name: c, configMap: { name: cfg } }]
---
apiVersion: v1
kind: ConfigMap
metadata: { name: cfg, namespace: airflow }
data:
  webserver_config.py: |
${py.split('\n').map((l) => `    ${l}`).join('\n')}`;

testRule(apiAuthOpen, parseSubject, {
  valid: [
    { name: 'Airflow 2 session backend', code: deployment({ image: 'apache/airflow:2.10.5', args: 'webserver', env: { AIRFLOW__API__AUTH_BACKENDS: 'airflow.api.auth.backend.session' } }) },
    { name: 'Simple auth manager with users', code: deployment({ env: { AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS: 'False' } }) },
    { name: '[fab] auth_role_public empty', code: deployment({ env: { AIRFLOW__CORE__AUTH_MANAGER: 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager', AIRFLOW__FAB__AUTH_ROLE_PUBLIC: '' } }) },
    { name: '[fab] auth_role_public is the FAB auth manager\'s: not read for the Simple one', code: deployment({ env: { AIRFLOW__FAB__AUTH_ROLE_PUBLIC: 'Viewer' } }) },
    { name: 'no public role', code: withWebserverConfig('AUTH_ROLE_PUBLIC = None') },
    { name: 'Airflow 1.10.12 closed the experimental API by default', code: deployment({ image: 'apache/airflow:1.10.12', args: 'webserver' }) },
    { name: 'Airflow 1.10.10 without an auth backend: the version\'s own CVE-2020-13927, image-scan\'s to report', code: deployment({ image: 'apache/airflow:1.10.10', args: 'webserver' }) },
  ],
  invalid: [
    { name: 'Airflow 2 default backend', code: deployment({ image: 'apache/airflow:2.10.5', args: 'webserver', env: { AIRFLOW__API__AUTH_BACKENDS: 'airflow.api.auth.backend.default' } }), errors: [{ messageId: 'backend', line: 13 }] },
    { name: 'Airflow 1.10 experimental API, older option name', code: deployment({ image: 'apache/airflow:1.10.10', args: 'webserver', env: { AIRFLOW__API__AUTH_BACKEND: 'airflow.api.auth.backend.default' } }), errors: [{ messageId: 'backend' }] },
    { name: 'everyone admin', code: deployment({ env: { AIRFLOW__CORE__AUTH_MANAGER: 'airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager', AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS: 'True' } }), errors: [{ messageId: 'all-admins', line: 15 }] },
    { name: 'FAB auth manager with [fab] auth_role_public', code: deployment({ env: { AIRFLOW__CORE__AUTH_MANAGER: 'airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager', AIRFLOW__FAB__AUTH_ROLE_PUBLIC: 'Admin' } }), errors: [{ messageId: 'public-option', line: 15 }] },
    { name: 'Airflow 2 (FAB by default) with [fab] auth_role_public', code: deployment({ image: 'apache/airflow:2.10.5', args: 'webserver', env: { AIRFLOW__FAB__AUTH_ROLE_PUBLIC: 'Viewer' } }), errors: [{ messageId: 'public-option', line: 13 }] },
    { name: 'anonymous users are Admin', code: withWebserverConfig('from x import y\nAUTH_ROLE_PUBLIC = "Admin"'), errors: [{ messageId: 'public-role', line: 21 }] },
  ],
});
