import { describe, expect, it } from 'vitest';
import { BREAKPOINTS, checksFor, evaluatePod, highestLevels, rangesText } from './evaluate.js';

const ids = (level: 'baseline' | 'restricted', minor: number) => checksFor(level, minor).map((c) => c.id);

describe('checksFor', () => {
  it('runs nothing at privileged', () => expect(checksFor('privileged', 35)).toEqual([]));
  it('runs the baseline checks in force, in the library order', () => {
    expect(ids('baseline', 33)).not.toContain('hostProbesAndHostLifecycle');
    expect(ids('baseline', 34)).toContain('hostProbesAndHostLifecycle');
    expect(ids('baseline', 35)).toEqual(['appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'procMount', 'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess']);
  });
  it('lets restricted checks replace the baseline ones from their version', () => {
    expect(ids('restricted', 0)).not.toContain('hostPathVolumes');
    expect(ids('restricted', 18)).toContain('seccompProfile_baseline');
    expect(ids('restricted', 19)).not.toContain('seccompProfile_baseline');
    expect(ids('restricted', 21)).toContain('capabilities_baseline');
    expect(ids('restricted', 22)).not.toContain('capabilities_baseline');
    expect(ids('restricted', 34)).toContain('procMount');
    expect(ids('restricted', 35)).toEqual(['appArmorProfile', 'hostNamespaces', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'seLinuxOptions', 'sysctls', 'windowsHostProcess', 'allowPrivilegeEscalation', 'capabilities_restricted', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted']);
  });
});

describe('evaluatePod and highestLevels', () => {
  const clean = { annotations: {}, spec: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'a', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }] } };
  it('passes a clean pod at restricted everywhere', () => {
    expect(evaluatePod(clean, 'restricted', 35)).toEqual([]);
    expect(highestLevels(clean)).toEqual([{ from: 0, to: 35, level: 'restricted' }]);
  });
  it('names the version ranges where the level changes', () => {
    const root = { annotations: {}, spec: { ...clean.spec, securityContext: { ...clean.spec.securityContext, runAsUser: 0 } } };
    expect(rangesText(highestLevels(root))).toBe('restricted at v1.0..v1.22, baseline at v1.23..v1.35 (latest)');
    const priv = { annotations: {}, spec: { hostPID: true, containers: [] } };
    expect(rangesText(highestLevels(priv))).toBe('privileged at v1.0..v1.35 (latest)');
  });
  it('gives pods that fail the same implementations the same ranges, each its own copy', () => {
    const root = (name: string) => ({ annotations: {}, spec: { ...clean.spec, securityContext: { ...clean.spec.securityContext, runAsUser: 0 }, containers: [{ ...clean.spec.containers[0]!, name }] } });
    const a = highestLevels(root('a'));
    a[0]!.level = 'privileged';
    expect(rangesText(highestLevels(root('b')))).toBe('restricted at v1.0..v1.22, baseline at v1.23..v1.35 (latest)');
    // another set of failing implementations is judged on its own
    const hostPort = { annotations: {}, spec: { ...clean.spec, containers: [{ ...clean.spec.containers[0]!, ports: [{ containerPort: 80, hostPort: 80 }] }] } };
    expect(rangesText(highestLevels(hostPort))).toBe('privileged at v1.0..v1.35 (latest)');
  });
  it('evaluates only at the versions where some check changes', () => {
    expect(BREAKPOINTS).toEqual([0, 8, 19, 22, 23, 25, 27, 29, 31, 32, 34, 35]);
  });
});

describe('PodEvaluator', () => {
  it('runs each check implementation once over every level and version', async () => {
    const { PodEvaluator } = await import('./evaluate.js');
    let reads = 0;
    const spec = new Proxy({ containers: [{ name: 'a' }] } as Record<string, unknown>, { get: (t, k) => ((reads += 1), t[k as string]) });
    const ev = new PodEvaluator({ annotations: {}, spec });
    for (let m = 0; m <= 35; m++) ev.violations('restricted', m);
    for (let m = 0; m <= 35; m++) ev.violations('baseline', m);
    const once = reads;
    highestLevels(ev);
    for (let m = 0; m <= 35; m++) ev.violations('restricted', m);
    expect(reads).toBe(once);
    expect(ev.violations('restricted', 35).map((v) => v.check)).toEqual(['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'seccompProfile_restricted']);
  });
});
