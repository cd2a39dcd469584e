import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePaths } from './analyze.js';

describe('analyzePaths', () => {
  it('reads a directory and lists problems: YAML errors, non-Kubernetes JSON, policy errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'np-an-'));
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c}]}\n---\nkind: [x\n');
    writeFileSync(join(dir, 'b.json'), '{"results": []}');
    writeFileSync(join(dir, 'c.yaml'), 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec: {podSelector: {}, ingress: [{ports: [{port: 0}]}]}\n');
    const a = analyzePaths([dir], dir);
    expect(a.topology.workloads.map((w) => w.display)).toEqual(['default/a[Pod]']);
    expect(a.problems.map((p) => p.level)).toEqual(['warning', 'warning', 'error']);
    expect(a.problems[2]!.message).toMatch(/port 0 is out of range/);
  });
});
