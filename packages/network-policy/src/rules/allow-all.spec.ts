import { describe, expect, it } from 'vitest';
import rule from './allow-all.js';
import { AIRFLOWISH, findingsOf } from './subject.spec.js';

const noDeny = AIRFLOWISH.replace('spec: {podSelector: {}, policyTypes: [Ingress, Egress]}', 'spec: {podSelector: {matchLabels: {none: x}}, policyTypes: [Ingress, Egress]}');

describe('allow-all', () => {
  it('passes when every workload is isolated', () => {
    expect(findingsOf(rule, AIRFLOWISH)).toEqual([]);
  });
  it('reports open directions unless declared', () => {
    expect(findingsOf(rule, noDeny).map((f) => f.message)).toEqual(['n/db[Pod] allows all egress (no policy selects it for egress)', 'n/web[Pod] allows all ingress (no policy selects it for ingress)']);
    expect(findingsOf(rule, noDeny, 'checks:\n  network-policy:\n    allowAll:\n      - {workload: n/db, direction: egress, reason: backups}\n').map((f) => f.message)).toEqual(['n/web[Pod] allows all ingress (no policy selects it for ingress)']);
  });
});
