import { describe, expect, it } from 'vitest';
import rule from './intended-blocked.js';
import { AIRFLOWISH, findingsOf } from './subject.spec.js';

describe('intended-blocked', () => {
  it('reports an intended flow the policies block, at its line in flightcheck.yaml', () => {
    const f = findingsOf(rule, AIRFLOWISH, 'checks:\n  network-policy:\n    intent:\n      - {from: n/web, to: n/db, ports: [5432]}\n      - {from: n/db, to: n/web, ports: [80]}\n');
    expect(f.map((x) => x.message)).toEqual(['intended flow n/db[Pod] → n/web[Pod] on TCP 80 is blocked: TCP 80 not allowed']);
    expect(f[0]!.location).toMatchObject({ line: 5 });
  });
  it('reports an endpoint that matches nothing', () => {
    const f = findingsOf(rule, AIRFLOWISH, 'checks:\n  network-policy:\n    intent:\n      - {from: n/nobody, to: n/db, ports: [5432]}\n');
    expect(f[0]!.message).toMatch(/names n\/nobody, which matches no workload/);
  });
});
