import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { readAdmissionConfiguration, toPodSecurityConfig } from './config.js';

const dir = mkdtempSync(join(tmpdir(), 'fc-pss-config-'));
const AC = `apiVersion: apiserver.config.k8s.io/v1
kind: AdmissionConfiguration
plugins:
  - name: PodSecurity
    configuration:
      apiVersion: pod-security.admission.config.k8s.io/v1
      kind: PodSecurityConfiguration
      defaults:
        enforce: baseline
        enforce-version: v1.30
      exemptions:
        usernames: [system:serviceaccount:kube-system:replicaset-controller]
        runtimeClasses: [kata]
        namespaces: [kube-system]
`;

describe('checks.pod-security', () => {
  it('defaults to restricted at latest, admission defaults privileged', () => {
    const c = toPodSecurityConfig(undefined, 'flightcheck.yaml', dir);
    expect(c.defaultLevel).toBe('restricted');
    expect(c.defaultVersion.latest).toBe(true);
    expect(c.defaults.enforce.level).toBe('privileged');
    expect(c.exemptions).toEqual({ usernames: [], runtimeClasses: [], namespaces: [] });
  });
  it('rejects what the schema does not allow, naming the key', () => {
    expect(() => toPodSecurityConfig({ defaultLevel: 'strict' }, 'flightcheck.yaml', dir)).toThrow(ConfigError);
    expect(() => toPodSecurityConfig({ defaultLevel: 'strict' }, 'flightcheck.yaml', dir)).toThrow(/checks.pod-security.defaultLevel must be equal to one of the allowed values \(privileged, baseline, restricted\)/);
    expect(() => toPodSecurityConfig({ exemption: {} }, 'flightcheck.yaml', dir)).toThrow(/unknown key "exemption"/);
    expect(() => toPodSecurityConfig({ defaultVersion: '1.30' }, 'flightcheck.yaml', dir)).toThrow(/defaultVersion must match pattern/);
  });
  it('merges an AdmissionConfiguration file with its own exemptions', () => {
    writeFileSync(join(dir, 'ac.yaml'), AC);
    const c = toPodSecurityConfig({ admissionConfiguration: 'ac.yaml', exemptions: { namespaces: ['tools'] } }, 'flightcheck.yaml', dir);
    expect(c.defaults.enforce.level).toBe('baseline');
    expect(c.defaults.enforce.version.minor).toBe(30);
    expect(c.exemptions.namespaces).toEqual(['kube-system', 'tools']);
    expect(c.exemptions.runtimeClasses).toEqual(['kata']);
  });
  it('reads a bare PodSecurityConfiguration, and refuses other files', () => {
    writeFileSync(join(dir, 'psc.yaml'), 'kind: PodSecurityConfiguration\nexemptions: { namespaces: [a] }\n');
    expect(readAdmissionConfiguration(join(dir, 'psc.yaml')).exemptions).toEqual({ namespaces: ['a'] });
    writeFileSync(join(dir, 'bad.yaml'), 'kind: PodSecurityConfiguration\ndefaults: { enforce: strict }\n');
    expect(() => readAdmissionConfiguration(join(dir, 'bad.yaml'))).toThrow(/defaults.enforce must be equal to one of the allowed values/);
    writeFileSync(join(dir, 'other.yaml'), 'kind: ConfigMap\n');
    expect(() => readAdmissionConfiguration(join(dir, 'other.yaml'))).toThrow(/expected kind AdmissionConfiguration or PodSecurityConfiguration/);
    expect(() => readAdmissionConfiguration(join(dir, 'none.yaml'))).toThrow(/no such admission configuration file/);
  });
});
