import { describe, expect, it } from 'vitest';
import { renderListTxt } from '../formats/np-guard.js';
import { computeConnectivity } from './connlist.js';
import { deploy, topologyOf } from './fixture.spec.js';

describe('computeConnectivity', () => {
  it('intersects egress and ingress, cuts IP space by the ipBlocks, leaves out self-connections', () => {
    const t = topologyOf(
      deploy('a', 'n', { app: 'a' }) +
        deploy('b', 'n', { app: 'b' }) +
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: n}\nspec:\n  podSelector: {matchLabels: {app: a}}\n  policyTypes: [Egress]\n  egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}, {podSelector: {matchLabels: {app: b}}}], ports: [{port: 443}]}]\n`,
    );
    const out = renderListTxt(computeConnectivity(t).connections).trim().split('\n');
    expect(out).toEqual([
      '0.0.0.0-255.255.255.255 => n/a[Deployment] : All Connections',
      '0.0.0.0-255.255.255.255 => n/b[Deployment] : All Connections',
      'n/a[Deployment] => 10.0.0.0-10.0.255.255 : TCP 443',
      'n/a[Deployment] => 10.2.0.0-10.255.255.255 : TCP 443',
      'n/a[Deployment] => n/b[Deployment] : TCP 443',
      'n/b[Deployment] => 0.0.0.0-9.255.255.255 : All Connections',
      'n/b[Deployment] => 10.0.0.0-10.0.255.255 : All Connections',
      'n/b[Deployment] => 10.1.0.0-10.1.255.255 : All Connections',
      'n/b[Deployment] => 10.2.0.0-10.255.255.255 : All Connections',
      'n/b[Deployment] => 11.0.0.0-255.255.255.255 : All Connections',
      'n/b[Deployment] => n/a[Deployment] : All Connections',
    ]);
  });
  it('lets the ingress controller reach what Ingress objects route to, as far as the policies allow', () => {
    const t = topologyOf(
      deploy('web', 'n', { app: 'web' }) +
        'apiVersion: v1\nkind: Service\nmetadata: {name: s, namespace: n}\nspec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}\n---\n' +
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i, namespace: n}\nspec: {rules: [{http: {paths: [{backend: {service: {name: s, port: {number: 80}}}}]}}]}\n',
    );
    const c = computeConnectivity(t).connections.find((x) => x.src === '{ingress-controller}');
    expect(c?.dst).toBe('n/web[Deployment]');
    expect(c?.conn.toString()).toBe('TCP 8080');
  });
});

describe('computeConnectivity cost', () => {
  // per namespace: web, api and db; a default deny both ways; web ← its namespace on 8080, api ← web, db ← api,
  // egress web → api, api → db and to DNS in kube-system (an ipBlock for the cluster network besides)
  const np = (ns: string, name: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n${spec}---\n`;
  const yaml = (n: number) => {
    let s = deploy('dns', 'kube-system', { app: 'dns' }, '[{containerPort: 53, name: dns, protocol: UDP}]');
    for (let i = 0; i < n; i++) {
      const ns = `ns${i}`;
      s += deploy('web', ns, { app: 'web' }) + deploy('api', ns, { app: 'api' }) + deploy('db', ns, { app: 'db' }, '[{containerPort: 5432, name: pg}]');
      s += np(ns, 'deny', '  podSelector: {}\n  policyTypes: [Ingress, Egress]\n');
      s += np(ns, 'web', '  podSelector: {matchLabels: {app: web}}\n  ingress: [{from: [{podSelector: {}}], ports: [{port: 8080}]}]\n  egress: [{to: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: http}]}]\n');
      s += np(ns, 'api', '  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]\n  egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}, {to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {app: dns}}}, {ipBlock: {cidr: 10.0.0.0/8}}], ports: [{port: 53, protocol: UDP}]}]\n');
      s += np(ns, 'db', '  podSelector: {matchLabels: {app: db}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: pg}]}]\n');
    }
    return s;
  };
  it('is linear in the workloads and policies: sixteen times the namespaces (three workloads, four policies each, isolated) cost about sixteen times the time of the connectivity and its listing, under 96, far from the 256 of a quadratic (fastest of 5)', () => {
    const time = (n: number) => {
      const topo = topologyOf(yaml(n));
      expect(topo.workloads.length).toBeGreaterThanOrEqual(3 * n);
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        const c = computeConnectivity(topo);
        const listed = c.connections.length;
        samples.push(performance.now() - t0);
        // web → api and api → db in every namespace, api → dns
        expect(listed).toBeGreaterThanOrEqual(3 * n);
      }
      return Math.min(...samples);
    };
    time(40);
    const t1 = time(40);
    const t2 = time(640);
    console.log(`network-policy connectivity: 40 namespaces ${t1.toFixed(1)} ms, 640 namespaces ${t2.toFixed(1)} ms (ratio ${(t2 / t1).toFixed(1)})`);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 300_000);
});
