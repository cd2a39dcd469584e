import { describe, expect, it } from 'vitest';
import { readManifestText } from '../manifests.js';
import { buildTopology } from '../model/topology.js';
import type { Topology } from '../model/types.js';

/** Builds a topology from YAML text (the real reader and model). Used by the engine specs. */
export function topologyOf(yaml: string): Topology {
  return buildTopology(readManifestText(yaml, 'm.yaml').objects);
}

export const deploy = (name: string, ns: string, labels: Record<string, string>, ports = '[{containerPort: 8080, name: http}]') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: ${ns}}\nspec:\n  template:\n    metadata: {labels: ${JSON.stringify(labels)}}\n    spec: {containers: [{name: c, ports: ${ports}}]}\n---\n`;

describe('engine fixture', () => {
  it('builds workloads from YAML', () => {
    expect(topologyOf(deploy('a', 'n', { app: 'a' })).workloads.map((w) => w.display)).toEqual(['n/a[Deployment]']);
  });
});
