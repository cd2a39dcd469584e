import { toPodSecurityConfig } from '../admission/config.js';
import { judge, type JudgeOptions } from '../judge.js';
import { parseManifestText } from '../manifests.js';

/** Judges YAML text with the default configuration (or `config`, a checks.pod-security section). */
export function judgeText(text: string, opts: Partial<JudgeOptions> & { section?: unknown } = {}) {
  const config = toPodSecurityConfig(opts.section ?? {}, 'flightcheck.yaml', '/');
  return judge(parseManifestText(text, 'm.yaml').objects, { config, ...opts });
}

export const NAMESPACE = (labels: Record<string, string>, name = 'ns') => `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
${Object.entries(labels).map(([k, v]) => `    pod-security.kubernetes.io/${k}: "${v}"`).join('\n') || '    a: b'}
`;

/** A Deployment whose one container is clean at restricted unless `sc` replaces its securityContext. */
export const DEPLOYMENT = (ns = 'ns', sc = '{ allowPrivilegeEscalation: false, capabilities: { drop: [ALL] } }', name = 'web') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: app
          image: x
          securityContext: ${sc}
`;
