import { describe, expect, it } from 'vitest';
import rule from './invalid-input.js';
import { AIRFLOWISH, findingsOf } from './subject.spec.js';

describe('invalid-input', () => {
  it('passes valid input', () => {
    expect(findingsOf(rule, AIRFLOWISH)).toEqual([]);
  });
  it('reports an invalid policy with file, line and object, and a YAML error', () => {
    const f = findingsOf(rule, AIRFLOWISH.replace('ports: [{port: 5432}]\n---', 'ports: [{port: 5432, protocol: ICMP}]\n---'));
    expect(f[0]).toMatchObject({ severity: 'high', location: { file: 'm.yaml', line: 23 }, object: { kind: 'NetworkPolicy', name: 'db-in' } });
    expect(f[0]!.message).toMatch(/unknown protocol "ICMP"/);
    expect(findingsOf(rule, `${AIRFLOWISH}---\nkind: [broken\n`)[0]!.message).toMatch(/invalid YAML/);
  });
});
