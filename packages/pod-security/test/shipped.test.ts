import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyShipped, findings } from './helpers.js';

const PREFIX = 'rejected at admission by namespace airflow at restricted/v1.35: ';

/** Copies the shipped manifests, edits one file, and runs the CLI on the copy. */
async function broken(file: string, edit: (text: string) => string) {
  const dir = copyShipped();
  const path = join(dir, 'airflow', file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after, 'the edit must change the file').not.toBe(before);
  writeFileSync(path, after);
  const r = await cli(['pod-security', 'airflow', '--format', 'json'], { cwd: dir });
  return { r, text: after, fails: r.stdout ? findings(r.stdout).filter((f) => f.status === 'fail') : [] };
}

const lineOf = (text: string, needle: string, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('the shipped manifests under Pod Security admission', () => {
  it('pass with zero findings, the namespace pinned at restricted/v1.35, the executor pod template judged', async () => {
    const dir = copyShipped();
    const r = await cli(['pod-security', 'airflow', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(findings(r.stdout)).toEqual([]);
    const notices = (JSON.parse(r.stdout).results[0].notices as { message: string }[]).map((n) => n.message);
    expect(notices).toContain('namespace airflow: enforces restricted:v1.35, warns restricted:v1.35, audits restricted:v1.35; could enforce restricted:latest today');
    expect(notices).toContain('Pod airflow/placeholder-name passes restricted at v1.0..v1.35 (latest)');
    expect(notices.filter((n) => / passes restricted at v1.0..v1.35 \(latest\)$/.test(n))).toHaveLength(7);
  });

  it('reject a hostPath volume', async () => {
    const { r, fails, text } = await broken('scheduler.yaml', (t) => t.replace('      volumes:\n', '      volumes:\n        - name: host\n          hostPath:\n            path: /var/run\n'));
    expect(r.code).toBe(1);
    expect(fails.map((f) => [f.ruleId, f.severity, f.message, f.location?.line])).toEqual([
      ['restrictedVolumes', 'high', `${PREFIX}restricted volume types (volume "host" uses restricted volume type "hostPath"): spec.template.spec.volumes[0].hostPath at line ${lineOf(text, 'hostPath:')}`, lineOf(text, 'hostPath:')],
    ]);
    expect(fails[0]!.object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'airflow', name: 'airflow-scheduler' });
  });

  it('reject an added capability', async () => {
    const { r, fails, text } = await broken('scheduler.yaml', (t) => {
      const at = t.indexOf('drop: ["ALL"]', t.indexOf('- name: scheduler'));
      return `${t.slice(0, at)}add: ["SYS_ADMIN"]\n              ${t.slice(at)}`;
    });
    expect(r.code).toBe(1);
    const line = lineOf(text, 'add: ["SYS_ADMIN"]');
    expect(fails.map((f) => f.message)).toEqual([
      `${PREFIX}unrestricted capabilities (container "scheduler" must not include "SYS_ADMIN" in securityContext.capabilities.add): container "scheduler", spec.template.spec.containers[0].securityContext.capabilities.add[0] at line ${line}`,
    ]);
  });

  it('reject runAsNonRoot removed', async () => {
    const { r, fails } = await broken('scheduler.yaml', (t) => t.replace(/^\s*runAsNonRoot: true\n/gm, ''));
    expect(r.code).toBe(1);
    expect(fails.map((f) => [f.ruleId, f.message.slice(0, f.message.indexOf('): ') + 1)])).toEqual([
      ['runAsNonRoot', `${PREFIX}runAsNonRoot != true (pod or containers "wait-for-migrations", "scheduler" must set securityContext.runAsNonRoot=true)`],
    ]);
  });

  it('reject seccomp left out', async () => {
    const { r, fails } = await broken('scheduler.yaml', (t) => t.replace(/^\s*seccompProfile:\n\s*type: RuntimeDefault\n/gm, ''));
    expect(r.code).toBe(1);
    expect(fails.map((f) => [f.ruleId, f.message.slice(0, f.message.indexOf('): ') + 1)])).toEqual([
      ['seccompProfile_restricted', `${PREFIX}seccompProfile (pod or containers "wait-for-migrations", "scheduler" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")`],
    ]);
  });

  it('reject a privileged KubernetesExecutor task pod, at its line in the ConfigMap', async () => {
    const { r, fails, text } = await broken('pod-template.yaml', (t) => t.replace('privileged: false', 'privileged: true'));
    expect(r.code).toBe(1);
    expect(fails.map((f) => [f.ruleId, f.object?.kind, f.location?.line])).toEqual([['privileged', 'Pod', lineOf(text, 'privileged: true')]]);
    expect(fails[0]!.message).toContain(`${PREFIX}privileged (container "base" must not set securityContext.privileged=true)`);
  });

  it('warn (medium) when the namespace drops to baseline but keeps warning at restricted', async () => {
    const dir = copyShipped();
    const ns = join(dir, 'airflow', 'namespace.yaml');
    writeFileSync(ns, readFileSync(ns, 'utf8').replace('enforce: restricted', 'enforce: baseline'));
    const sch = join(dir, 'airflow', 'scheduler.yaml');
    writeFileSync(sch, readFileSync(sch, 'utf8').replace(/allowPrivilegeEscalation: false/g, 'allowPrivilegeEscalation: true'));
    const r = await cli(['pod-security', 'airflow', '--format', 'json'], { cwd: dir });
    const fails = findings(r.stdout).filter((f) => f.status === 'fail');
    expect(fails.map((f) => [f.ruleId, f.severity])).toEqual([['allowPrivilegeEscalation', 'medium']]);
    expect(fails[0]!.message).toMatch(/^would violate PodSecurity "restricted:v1.35" \(warn of namespace airflow\): allowPrivilegeEscalation != false/);
    expect(r.code).toBe(0); // medium is below the default fail-on (high)
  });
});
