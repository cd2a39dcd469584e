import { testRule } from '@flightcheck/core/testing';
import { parseSubject } from '../subject.js';
import { deployment } from './__fixtures__/pod.js';
import { scheduler } from './__fixtures__/template.js';
import { workerPodPrivileges } from './worker-pod-privileges.js';

testRule(workerPodPrivileges, parseSubject, {
  valid: [
    { name: 'no token, no escalation', code: scheduler() },
    { name: 'the ServiceAccount turns the token off', code: scheduler({ spec: ['serviceAccountName: w'], extra: 'apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: w, namespace: airflow }\nautomountServiceAccountToken: false' }) },
    { name: 'a scheduler without a pod template is not a worker', code: deployment({ args: 'scheduler' }) },
  ],
  invalid: [
    { name: 'token mounted by default', code: scheduler({ spec: ['serviceAccountName: w'] }), errors: [{ messageId: 'token', line: 27 }] },
    { name: 'hostPath, hostNetwork, privileged, caps, root', code: scheduler({ spec: ['automountServiceAccountToken: false', 'hostNetwork: true', 'volumes: [{ name: h, hostPath: { path: /var/run/docker.sock } }]'], container: ['securityContext: { privileged: true, runAsUser: 0, capabilities: { add: [SYS_ADMIN] } }'] }), errors: [{ messageId: 'host-path', line: 30 }, { messageId: 'host-namespace', line: 29 }, { messageId: 'privileged', line: 34 }, { messageId: 'capabilities', line: 34 }, { messageId: 'root', line: 34 }] },
    { name: 'escalation allowed on a Celery worker', code: deployment({ args: 'celery, worker', podSpec: ['automountServiceAccountToken: false'] }), errors: [{ messageId: 'escalation' }] },
  ],
});
