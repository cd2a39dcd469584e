import { describe, expect, it } from 'vitest';
import rule from './allowed-not-intended.js';
import { AIRFLOWISH, findingsOf } from './subject.spec.js';

describe('allowed-not-intended', () => {
  it('passes when the intent covers every allowed connection', () => {
    expect(findingsOf(rule, AIRFLOWISH, 'checks:\n  network-policy:\n    intent:\n      - {from: n/web, to: n/db, ports: [5432]}\n')).toEqual([]);
  });
  it('names source, destination, ports and the opening policy with its line', () => {
    const f = findingsOf(rule, AIRFLOWISH, 'checks:\n  network-policy:\n    intent:\n      - {from: n/web, to: n/db, ports: [5433]}\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('n/web[Pod] can reach n/db[Pod] on TCP 5432, which the intent does not declare (opened by NetworkPolicy db-in at m.yaml:22)');
    expect(f[0]!.location).toEqual({ file: 'm.yaml', line: 22 });
    expect(f[0]!.object).toMatchObject({ kind: 'NetworkPolicy', name: 'db-in' });
  });
  it('says nothing without an intent', () => {
    expect(findingsOf(rule, AIRFLOWISH)).toEqual([]);
  });
});
