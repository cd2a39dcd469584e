import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { benchArgs, median, root, toYaml, writeManifests } from './bench.mjs';

describe('the benchmarks\' shared generator', () => {
  it('writes block YAML that reads back as the objects, one document each', () => {
    const objects = [
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { 'app.kubernetes.io/name': 'x: y' } }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }], args: [] }], volumes: [{ name: 't', emptyDir: {} }] } },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } },
    ];
    const { dir, file, size } = writeManifests('bench-spec', objects);
    const text = readFileSync(file, 'utf8');
    expect(size).toBe(Buffer.byteLength(text));
    expect(text.split('\n---\n').map((d) => parse(d))).toEqual(objects);
    expect(toYaml({ a: [1, { b: 'c' }] })).toBe('a:\n  - 1\n  - b: "c"');
    rmSync(dir, { recursive: true });
  });

  it('reads options and takes medians', () => {
    const a = benchArgs(['--runs', '3', '--fallback', '--write', 'f.yaml']);
    expect([a.opt('--runs', 5), a.opt('--objects', 10), a.flag('--fallback'), a.flag('--x'), a.value('--write')]).toEqual([3, 10, true, false, 'f.yaml']);
    expect(median([5, 1, 3])).toBe(3);
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toContain('flightcheck-workspace');
  });
});
