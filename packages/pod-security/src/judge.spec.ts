import { describe, expect, it } from 'vitest';
import { DEPLOYMENT, judgeText, NAMESPACE } from './__fixtures__/judge.js';
import { toPodSecurityConfig } from './admission/config.js';
import { judge, pathText } from './judge.js';
import { parseManifestText } from './manifests.js';

const PINNED = { enforce: 'restricted', 'enforce-version': 'v1.35' };

describe('judge', () => {
  it('writes paths as a user reads them', () => {
    expect(pathText(['spec', 'template', 'spec', 'containers', 0, 'securityContext'])).toBe('spec.template.spec.containers[0].securityContext');
    expect(pathText(['metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/a'])).toBe('metadata.annotations["container.apparmor.security.beta.kubernetes.io/a"]');
  });
  it('reports an enforce rejection as high, with the container, field and line', () => {
    const { findings } = judgeText(NAMESPACE(PINNED) + '---\n' + DEPLOYMENT('ns', '{ allowPrivilegeEscalation: false }'));
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.ruleId).toBe('capabilities_restricted');
    expect(f.severity).toBe('high');
    expect(f.message).toBe('rejected at admission by namespace ns at restricted/v1.35: unrestricted capabilities (container "app" must set securityContext.capabilities.drop=["ALL"]): container "app", spec.template.spec.containers[0].securityContext.capabilities.drop at line 24');
    expect(f.location).toEqual({ file: 'm.yaml', line: 24 });
    expect(f.object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'ns', name: 'web' });
  });
  it('reports warn and audit violations as medium, once per check', () => {
    const { findings } = judgeText(NAMESPACE({ enforce: 'baseline', 'enforce-version': 'v1.35', warn: 'restricted', audit: 'restricted', 'audit-version': 'v1.20' }) + '---\n' + DEPLOYMENT('ns', '{ allowPrivilegeEscalation: true, capabilities: { drop: [ALL] } }'));
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.message.split(':')[0]}`)).toEqual(['allowPrivilegeEscalation medium would violate PodSecurity "restricted']);
    expect(findings[0]!.message).toMatch(/^would violate PodSecurity "restricted:latest" \(warn of namespace ns\): allowPrivilegeEscalation != false/);
  });
  it('judges a namespace that is not in the manifests at checks.pod-security.defaultLevel', () => {
    const bad = DEPLOYMENT('elsewhere', '{ allowPrivilegeEscalation: false, capabilities: { drop: [ALL] }, privileged: true }');
    expect(judgeText(bad).findings.map((f) => f.message.split(': ')[0])).toEqual(['namespace elsewhere is not in the manifests, judged at restricted/latest (checks.pod-security.defaultLevel)']);
    expect(judgeText(bad, { section: { defaultLevel: 'privileged' } }).findings).toEqual([]);
  });
  it('keeps exempt workloads visible as suppressed', () => {
    const text = NAMESPACE(PINNED) + '---\n' + DEPLOYMENT('ns', '{ privileged: true }');
    const f = judgeText(text, { section: { exemptions: { namespaces: ['ns'] } } }).findings;
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.status === 'suppressed' && x.suppression?.justification === 'namespace ns is exempt (exemptions.namespaces)')).toBe(true);
    const rc = DEPLOYMENT('ns', '{ privileged: true }').replace('      containers:', '      runtimeClassName: kata\n      containers:');
    expect(judgeText(NAMESPACE(PINNED) + '---\n' + rc, { section: { exemptions: { runtimeClasses: ['kata'] } } }).findings.every((x) => x.status === 'suppressed')).toBe(true);
    expect(judgeText(text, { section: { appliedBy: 'ci', exemptions: { usernames: ['ci'] } } }).findings.every((x) => x.status === 'suppressed')).toBe(true);
  });
  it('prints the levels per workload and what each namespace could enforce', () => {
    const { notices } = judgeText(NAMESPACE({ enforce: 'baseline', 'enforce-version': 'v1.35' }) + '---\n' + DEPLOYMENT() + '---\n' + DEPLOYMENT('ns', '{ allowPrivilegeEscalation: false }', 'b'));
    expect(notices.map((n) => n.message)).toEqual([
      'namespace ns: enforces baseline:v1.35, warns baseline:v1.35, audits privileged:latest; could enforce baseline:latest today',
      'Deployment ns/web passes restricted at v1.0..v1.35 (latest)',
      'Deployment ns/b passes restricted at v1.0..v1.21, baseline at v1.22..v1.35 (latest)',
    ]);
  });
  it('judges every object at an explicit level, and applies the API-server defaults', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  hostNetwork: true\n  containers:\n    - name: a\n      ports:\n        - containerPort: 80\n';
    expect(judgeText(pod, { level: 'baseline', version: { minor: 35, latest: true } }).findings.map((f) => f.ruleId)).toEqual(['hostNamespaces', 'hostPorts']);
    const dep = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers:\n        - name: a\n          ports: [{ containerPort: 80 }]\n';
    expect(judgeText(dep, { level: 'baseline', version: { minor: 35, latest: true } }).findings.map((f) => f.ruleId)).toEqual(['hostNamespaces']);
  });
});

describe('judge cost', () => {
  it('is linear in the workloads: sixteen times the Deployments across namespaces enforcing baseline and warning/auditing restricted (both levels judged, half the workloads violating) cost about sixteen times the time, under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const config = toPodSecurityConfig({}, 'flightcheck.yaml', '/');
    const text = (n: number) => {
      const docs: string[] = [];
      for (let i = 0; i < n; i++) {
        const ns = `ns${i % Math.max(1, n / 10)}`;
        if (i < n / 10) docs.push(NAMESPACE({ enforce: 'baseline', 'enforce-version': 'v1.35', warn: 'restricted', audit: 'restricted' }, ns));
        docs.push(DEPLOYMENT(ns, i % 2 ? '{ allowPrivilegeEscalation: true, capabilities: { add: [NET_RAW] } }' : undefined, `w${i}`));
      }
      return docs.join('---\n');
    };
    const time = (n: number) => {
      const objects = parseManifestText(text(n), 'm.yaml').objects;
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const { findings } = judge(objects, { config });
        samples.push(performance.now() - t0);
        // every violating workload: warn + audit at restricted (privilege escalation, capabilities)
        expect(findings.length).toBeGreaterThanOrEqual(n / 2);
      }
      return Math.min(...samples);
    };
    time(200);
    const t1 = time(200);
    const t2 = time(3200);
    console.log(`pod-security judge: 200 workloads ${t1.toFixed(1)} ms, 3,200 workloads ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
