import { describe, expect, it } from 'vitest';
import { ConnSet } from './connset.js';

describe('ConnSet', () => {
  it('prints np-guard connection strings', () => {
    expect(ConnSet.ALL.toString()).toBe('All Connections');
    expect(ConnSet.NONE.toString()).toBe('No Connections');
    const c = ConnSet.ports('TCP', 10053, 10054).union(ConnSet.ports('UDP', 10053, 10053));
    expect(c.toString()).toBe('TCP 10053-10054,UDP 10053');
    expect(ConnSet.ALL.subtract(ConnSet.ports('TCP', 80, 80)).toString()).toBe('SCTP 1-65535,TCP 1-79,81-65535,UDP 1-65535');
    expect(ConnSet.ports('TCP').toString()).toBe('TCP 1-65535');
  });
  it('merges adjacent ranges and intersects', () => {
    const a = ConnSet.ports('TCP', 1, 10).union(ConnSet.ports('TCP', 11, 20));
    expect(a.toString()).toBe('TCP 1-20');
    expect(a.intersect(ConnSet.ports('TCP', 15, 30)).toString()).toBe('TCP 15-20');
    expect(a.intersect(ConnSet.ports('UDP')).isEmpty()).toBe(true);
    expect(a.has('TCP', 20)).toBe(true);
    expect(a.has('TCP', 21)).toBe(false);
  });
  it('keeps unresolved names after the numbers, and drops them where all ports are in', () => {
    const named = ConnSet.namedPort('TCP', 'http').union(ConnSet.ports('TCP', 80, 80));
    expect(named.toString()).toBe('TCP 80,http');
    expect(ConnSet.namedPort('', 'local-port').toString()).toBe(' local-port');
    expect(named.union(ConnSet.ALL).equals(ConnSet.ALL)).toBe(true);
    expect(ConnSet.ALL.intersect(named).equals(named)).toBe(true);
  });
});
