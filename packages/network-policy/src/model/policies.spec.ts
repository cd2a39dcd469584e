import { describe, expect, it } from 'vitest';
import { readManifestText } from '../manifests.js';
import { parseAdminPolicy, parseNetworkPolicy, PolicyError } from './policies.js';

const np = (spec: string) => readManifestText(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n${spec}`, 'p.yaml').objects[0]!;

describe('NetworkPolicy parsing', () => {
  it('applies the default policyTypes: Ingress always, Egress only with egress rules', () => {
    expect(parseNetworkPolicy(np('  podSelector: {}\n')).egress).toBeNull();
    expect(parseNetworkPolicy(np('  podSelector: {}\n')).ingress).toEqual([]);
    const p = parseNetworkPolicy(np('  podSelector: {}\n  egress: [{ports: [{port: 53, protocol: UDP}]}]\n'));
    expect(p.egress![0]!.ports).toEqual([{ kind: 'range', protocol: 'UDP', lo: 53, hi: 53 }]);
    expect(p.egress![0]!.peers).toBeNull();
  });
  it('reads endPort, named ports, ipBlock with except', () => {
    const p = parseNetworkPolicy(np('  podSelector: {}\n  ingress:\n  - from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}]\n    ports: [{port: 8000, endPort: 8090}, {port: http}]\n'));
    const r = p.ingress![0]!;
    expect(r.ports).toEqual([{ kind: 'range', protocol: 'TCP', lo: 8000, hi: 8090 }, { kind: 'named', protocol: 'TCP', name: 'http' }]);
    expect(r.peers![0]).toMatchObject({ kind: 'ip', net: [{ lo: 167772160, hi: 167837695 }, { lo: 167903232, hi: 184549375 }] });
    expect(r.line).toBe(7);
  });
  it('rejects hostile or invalid policies with the path to the bad part', () => {
    const bad = (spec: string) => () => parseNetworkPolicy(np(spec));
    expect(bad('  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}]}]\n')).toThrow(/not inside cidr/);
    expect(bad('  podSelector: {}\n  ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/40}}]}]\n')).toThrow(/prefix length/);
    expect(bad('  podSelector: {}\n  ingress: [{ports: [{port: 70000}]}]\n')).toThrow(/out of range/);
    expect(bad('  podSelector: {}\n  ingress: [{ports: [{port: 80, protocol: ICMP}]}]\n')).toThrow(/unknown protocol "ICMP"/);
    expect(bad('  podSelector: {matchExpressions: [{key: a, operator: Like, values: [x]}]}\n')).toThrow(PolicyError);
    expect(bad('  podSelector: {}\n  ingress: [{from: [{}]}]\n')).toThrow(/empty peer/);
    expect(bad('  podSelector: {}\n  ingress: [{ports: [{port: http, endPort: 90}]}]\n')).toThrow(/named port/);
  });
});

describe('AdminNetworkPolicy parsing', () => {
  it('reads priority, subject, actions and ports', () => {
    const o = readManifestText(`apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: a}
spec:
  priority: 5
  subject: {namespaces: {matchLabels: {team: x}}}
  egress:
  - {name: r, action: Pass, to: [{networks: [10.0.0.0/8]}], ports: [{portRange: {protocol: UDP, start: 1, end: 9}}, {namedPort: dns}]}
`, 'a.yaml').objects[0]!;
    const a = parseAdminPolicy(o, []);
    expect(a.priority).toBe(5);
    expect(a.egress[0]).toMatchObject({ action: 'Pass', ports: [{ kind: 'range', protocol: 'UDP', lo: 1, hi: 9 }, { kind: 'named', protocol: '', name: 'dns' }] });
    o.raw.spec.priority = 1001;
    expect(() => parseAdminPolicy(o, [])).toThrow(/0 to 1000/);
  });
});
