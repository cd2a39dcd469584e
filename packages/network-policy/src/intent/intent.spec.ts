import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { loadIntent } from './intent.js';

const file = (text: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'np-intent-')), 'flightcheck.yaml');
  writeFileSync(f, text);
  return f;
};

describe('loadIntent', () => {
  it('reads pods, flows with their lines, and allowAll', () => {
    const i = loadIntent(file(`checks:\n  network-policy:\n    pods:\n      - {name: a/task, labels: {c: w}}\n    intent:\n      - from: a/x\n        to: [kubernetes-api, {cidr: 10.0.0.0/8}]\n        ports: [443, 53/UDP, 8000-8010]\n    allowAll:\n      - {workload: a/x, direction: egress, reason: proxy}\n`));
    expect(i.pods).toEqual([{ ns: 'a', name: 'task', labels: { c: 'w' }, external: false, ports: [] }]);
    expect(i.flows![0]!.ports.toString()).toBe('TCP 443,8000-8010,UDP 53');
    expect(i.flows![0]!.to.map((e) => e.kind)).toEqual(['api', 'cidr']);
    expect(i.flows![0]!.line).toBe(6);
    expect(i.allowAll[0]).toMatchObject({ workload: 'a/x', direction: 'egress', line: 10 });
  });
  it('is empty without a section, undefined flows without intent', () => {
    expect(loadIntent(undefined).flows).toBeUndefined();
    expect(loadIntent(file('failOn: high\n')).flows).toBeUndefined();
  });
  it('rejects what the schema does not allow, naming the line', () => {
    const bad = file('checks:\n  network-policy:\n    intent:\n      - from: a/x\n        to: a/y\n        ports: [http]\n');
    expect(() => loadIntent(bad)).toThrow(ConfigError);
    expect(() => loadIntent(bad)).toThrow(/intent\.0\.ports\.0/);
    expect(() => loadIntent(file('checks:\n  network-policy:\n    intent:\n      - {from: a/x, to: {cidr: 10.0.0.0/99}}\n'))).toThrow(/invalid CIDR/);
    expect(() => loadIntent(file('checks:\n  network-policy:\n    bogus: 1\n'))).toThrow(/additional properties/);
  });
});
