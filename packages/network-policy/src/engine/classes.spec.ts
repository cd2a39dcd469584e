import { describe, expect, it } from 'vitest';
import { workloadClasses } from './classes.js';
import { computeConnectivity } from './connlist.js';
import { deploy, topologyOf } from './fixture.spec.js';
import { PolicyIndex } from './index.js';

const np = (name: string, ns: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n---\n`;

describe('workloadClasses', () => {
  it('groups workloads the policies treat alike and splits on namespace-bound policies, peers and named ports', () => {
    const t = topologyOf(
      deploy('a1', 'n', { tier: 'web', app: 'a1' }) +
        deploy('a2', 'n', { tier: 'web', app: 'a2' }) +
        deploy('a3', 'n', { tier: 'web', app: 'a3' }, '[{containerPort: 9000, name: http}]') +
        deploy('b', 'm', { tier: 'web' }) +
        deploy('c', 'n', { tier: 'db' }) +
        np('web', 'n', '{podSelector: {matchLabels: {tier: web}}, ingress: [{from: [{podSelector: {matchLabels: {tier: db}}}], ports: [{port: http}]}]}'),
    );
    const index = new PolicyIndex(t);
    const classes = workloadClasses(index);
    const groups = classes.list.map((c) => c.members.map((w) => w.name).join('+')).sort();
    // a1 and a2 differ only in a label no selector reads; a3's http is another port; b is outside n's policy
    expect(groups).toEqual(['a1+a2', 'a3', 'b', 'c']);
    const db = t.policies[0]!.ingress![0]!.peers![0]!;
    expect(db.kind === 'pods' && classes.ofPeer(db).map((id) => classes.list[id]!.rep.name)).toEqual(['c']);
  });

  it('gives exactly the connections of deciding every workload pair on its own (generated topology)', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor(seed / 65536) % n);
    let yaml = '';
    for (let k = 0; k < 3; k++) yaml += `apiVersion: v1\nkind: Namespace\nmetadata: {name: ns${k}, labels: {env: e${k % 2}}}\n---\n`;
    for (let i = 0; i < 40; i++) yaml += deploy(`w${i}`, `ns${i % 3}`, { tier: `t${rnd(2)}`, app: `a${rnd(2)}`, id: `w${i}` }, `[{containerPort: ${8000 + rnd(2)}, name: http}, {containerPort: 53, protocol: UDP, name: dns}]`);
    for (let i = 0; i < 25; i++) {
      const ns = `ns${rnd(3)}`;
      const sel = `{matchLabels: {tier: t${rnd(2)}}}`;
      const peer = [`{podSelector: {matchLabels: {app: a${rnd(2)}}}}`, `{namespaceSelector: {matchLabels: {env: e${rnd(2)}}}, podSelector: {matchExpressions: [{key: tier, operator: NotIn, values: [t${rnd(3)}]}]}}`, '{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}'][rnd(3)];
      const ports = ['[{port: http}]', '[{port: 8000, endPort: 8001}]', '[{port: dns, protocol: UDP}]', '[]'][rnd(4)];
      yaml += rnd(2) ? np(`p${i}`, ns, `{podSelector: ${sel}, policyTypes: [Ingress], ingress: [{from: [${peer}], ports: ${ports}}]}`) : np(`p${i}`, ns, `{podSelector: ${sel}, policyTypes: [Egress], egress: [{to: [${peer}], ports: ${ports}}]}`);
    }
    yaml += 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: anp}\nspec: {priority: 5, subject: {namespaces: {matchLabels: {env: e1}}}, ingress: [{action: Deny, from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: a0}}}}], ports: [{namedPort: http}]}]}\n';
    const t = topologyOf(yaml);
    const c = computeConnectivity(t);
    expect(c.classes.list.length).toBeLessThan(t.workloads.length);
    const got = c.connections.filter((x) => x.srcW && x.dstW).map((x) => `${x.src} ${x.dst} ${x.conn.toString()}`);
    const want: string[] = [];
    for (const s of c.index.workloads) {
      for (const d of c.index.workloads) {
        if (s === d || s.pseudo || d.pseudo) continue;
        const conn = c.index.decide('ingress', d, { w: s }).intersect(c.index.decide('egress', s, { w: d }));
        if (!conn.isEmpty()) want.push(`${s.display} ${d.display} ${conn.toString()}`);
      }
    }
    expect(got.sort()).toEqual(want.sort());
    expect(c.count).toBe(c.connections.length);
    const ipGot = c.connections.filter((x) => x.dstIp).map((x) => `${x.src} ${x.dst} ${x.conn.toString()}`);
    const ipWant = c.index.workloads.flatMap((s) => c.dstRanges.map((r) => ({ s, r, conn: c.index.decide('egress', s, { ip: r }) }))).filter((x) => !x.conn.isEmpty());
    expect(ipGot.length).toBe(ipWant.length);
  });
});
