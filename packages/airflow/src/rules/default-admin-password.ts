import { defineRule } from '@flightcheck/core';
import { IN_REPOSITORY, type EnvEntry } from '../component.js';
import type { AirflowModel } from '../model.js';
import { at, PerSource } from './helpers/findings.js';

const PASSWORD_ENV = ['_AIRFLOW_WWW_USER_PASSWORD', 'AIRFLOW_ADMIN_PASSWORD', 'AIRFLOW_WWW_USER_PASSWORD'];

/** The words after `--password` / `-p` of an `airflow users create` in a command line (several if a shell runs several). */
function passwordArgs(words: string): string[] {
  if (!/\busers\s+create\b/.test(words)) return [];
  return [...words.matchAll(/(?:^|\s)(?:--password|-p)(?:=|\s+)(\S+)/g)].map((m) => m[1]!.replace(/^(['"])(.*)\1$/, '$2'));
}

/** Is the password a variable (`$PW`, `${PW}` for a shell, `$(PW)` for Kubernetes) whose value is not in the repository? */
function fromHiddenVariable(word: string, env: Map<string, EnvEntry>): boolean {
  const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|\(([A-Za-z_][A-Za-z0-9_]*)\)|([A-Za-z_][A-Za-z0-9_]*))$/.exec(word);
  if (!m) return false;
  const e = env.get((m[1] ?? m[2] ?? m[3])!);
  return !e || !IN_REPOSITORY.has(e.origin); // a variable the manifests do not define comes from elsewhere (the image, a Secret via envFrom)
}

export const defaultAdminPassword = defineRule<AirflowModel, 'env' | 'args'>({
  meta: {
    id: 'default-admin-password',
    target: 'airflow-config',
    severity: 'high',
    docs: { description: 'An admin user is created at start-up with a password written in the repository: the image entrypoint\'s `_AIRFLOW_WWW_USER_CREATE` with a literal `_AIRFLOW_WWW_USER_PASSWORD` (env value, ConfigMap or Dockerfile ENV), or `airflow users create … --password` in a container\'s command with the password written out (or in a variable whose value is written in the repository; `--password "$PW"` with PW from a Secret is fine).' },
    messages: {
      env: '{{components}}: {{name}} gives the admin user created at start-up a password written in the repository ({{source}}): anyone who reads it logs in as admin',
      args: '{{component}}: `airflow users create` with --password on the command line: the admin password is in the manifests and in the process list',
    },
  },
  check(model, ctx) {
    const found = new PerSource<EnvEntry>();
    for (const c of model.components) {
      for (const name of PASSWORD_ENV) {
        const e = c.env.get(name);
        if (e && IN_REPOSITORY.has(e.origin) && e.value) found.add(e.where, name, c, e);
      }
      if (c.object && c.containerPath) {
        const container = c.containerPath.reduce((a: any, k) => a?.[k], c.object.raw) as Record<string, any>;
        const words = [...(Array.isArray(container?.command) ? container.command : []), ...(Array.isArray(container?.args) ? container.args : [])].filter((w) => typeof w === 'string').join(' ');
        if (passwordArgs(words).some((w) => !fromHiddenVariable(w, c.env))) {
          ctx.report({ messageId: 'args', data: { component: c.label }, ...at({ file: c.object.file, line: c.object.lineOf(c.containerPath), object: { kind: c.object.kind, ...(c.object.metadata.name ? { name: c.object.metadata.name } : {}), ...(c.namespace ? { namespace: c.namespace } : {}) } }), resolution: 'create users without --password (airflow users create reads it from a prompt), or from a Secret-backed env var with --password "$PASSWORD" in a shell, and rotate the one committed' });
        }
      }
    }
    found.each((e, components) => ctx.report({ messageId: 'env', data: { components, name: e.name, source: e.via }, ...at(e.where), resolution: `take ${e.name} from a Secret (env valueFrom.secretKeyRef), rotate the committed password, or create the admin user once by hand` }));
  },
});
