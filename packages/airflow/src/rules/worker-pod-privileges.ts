import { defineRule } from '@flightcheck/core';
import { objectRef } from '../component.js';
import type { AirflowModel } from '../model.js';
import { at } from './helpers/findings.js';

type Ids = 'token' | 'host-path' | 'host-namespace' | 'privileged' | 'escalation' | 'capabilities' | 'root';

const RESOLUTION: Record<Ids, string> = {
  token: 'set automountServiceAccountToken: false in the pod template (task pods do not call the Kubernetes API; give the few that do their own ServiceAccount through executor_config)',
  'host-path': 'remove the hostPath volume: use an emptyDir, a PersistentVolumeClaim or a ConfigMap',
  'host-namespace': 'remove hostNetwork / hostPID / hostIPC from the pod template',
  privileged: 'remove privileged: true',
  escalation: 'set allowPrivilegeEscalation: false on every container',
  capabilities: 'drop ALL capabilities and add none',
  root: 'run as the airflow user (runAsUser: 50000, runAsNonRoot: true)',
};

export const workerPodPrivileges = defineRule<AirflowModel, Ids>({
  meta: {
    id: 'worker-pod-privileges',
    target: 'airflow-pod-template',
    severity: 'high',
    docs: { description: 'The KubernetesExecutor\'s pod template, or a worker pod, gives the task code more than it needs: a ServiceAccount token mounted, a hostPath volume, host namespaces, a privileged container, privilege escalation allowed, added capabilities or root. Task code is whatever DAG authors write: with these, a task takes over the node or the cluster.' },
    messages: {
      token: '{{pod}}: the ServiceAccount token of {{sa}} is mounted into every task pod: task code can call the Kubernetes API with it',
      'host-path': '{{pod}}: hostPath volume {{name}} ({{path}}) gives task code the node\'s files',
      'host-namespace': '{{pod}}: {{field}} is true: task code shares the node\'s {{field}}',
      privileged: '{{pod}}: container {{name}} is privileged: task code owns the node',
      escalation: '{{pod}}: container {{name}} does not set allowPrivilegeEscalation: false',
      capabilities: '{{pod}}: container {{name}} adds capabilities ({{caps}})',
      root: '{{pod}}: {{where}} runs as root (runAsUser: 0)',
    },
  },
  check(model, ctx) {
    const seen = new Set<string>();
    for (const c of model.components) {
      if ((c.role !== 'pod-template' && c.role !== 'worker') || !c.pod) continue;
      const { spec, specPath, object } = c.pod;
      if (seen.has(`${object.file}:${object.line}`)) continue;
      seen.add(`${object.file}:${object.line}`);
      const pod = c.role === 'pod-template' ? c.label.replace(/ \(.*$/, '').replace(/,.*$/, '') + ` (${object.file}:${object.line})` : c.label;
      const ref = objectRef(object);
      const where = (path: (string | number)[]) => at({ file: object.file, line: object.lineOf([...specPath, ...path]), object: ref });
      const report = (messageId: Ids, data: Record<string, string>, path: (string | number)[]) => ctx.report({ messageId, data: { pod, ...data }, ...where(path), resolution: RESOLUTION[messageId] });
      const saName = typeof spec.serviceAccountName === 'string' ? spec.serviceAccountName : 'default';
      const sa = model.objects.find((o) => o.kind === 'ServiceAccount' && o.metadata.name === saName && (o.metadata.namespace ?? '') === c.namespace);
      if (spec.automountServiceAccountToken === true || (spec.automountServiceAccountToken === undefined && sa?.raw.automountServiceAccountToken !== false)) report('token', { sa: `${c.namespace}/${saName}` }, spec.automountServiceAccountToken === undefined ? [] : ['automountServiceAccountToken']);
      (Array.isArray(spec.volumes) ? spec.volumes : []).forEach((v: any, i: number) => v?.hostPath && report('host-path', { name: String(v.name ?? i), path: String(v.hostPath.path ?? '') }, ['volumes', i]));
      for (const f of ['hostNetwork', 'hostPID', 'hostIPC']) if (spec[f] === true) report('host-namespace', { field: f }, [f]);
      if (spec.securityContext?.runAsUser === 0) report('root', { where: 'the pod' }, ['securityContext', 'runAsUser']);
      for (const list of ['initContainers', 'containers']) {
        (Array.isArray(spec[list]) ? spec[list] : []).forEach((k: any, i: number) => {
          const sc = k?.securityContext ?? {};
          const name = String(k?.name ?? i);
          if (sc.privileged === true) report('privileged', { name }, [list, i, 'securityContext', 'privileged']);
          if (sc.allowPrivilegeEscalation !== false && sc.privileged !== true) report('escalation', { name }, [list, i]);
          const caps = Array.isArray(sc.capabilities?.add) ? sc.capabilities.add : [];
          if (caps.length) report('capabilities', { name, caps: caps.join(', ') }, [list, i, 'securityContext', 'capabilities', 'add']);
          if (sc.runAsUser === 0) report('root', { where: `container ${name}` }, [list, i, 'securityContext', 'runAsUser']);
        });
      }
    }
  },
});
