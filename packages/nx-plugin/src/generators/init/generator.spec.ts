import { readNxJson } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { initGenerator, PLUGIN_NAME } from './generator.js';

describe('init generator', () => {
  it('adds the plugin once, the policy named input and a policy file', async () => {
    const tree = createTreeWithEmptyWorkspace();
    await initGenerator(tree, { skipFormat: true });
    await initGenerator(tree, { skipFormat: true });
    const nx = readNxJson(tree)!;
    expect(nx.plugins!.filter((p) => (typeof p === 'string' ? p : p.plugin) === PLUGIN_NAME)).toHaveLength(1);
    expect(nx.namedInputs!.flightcheckPolicy).toEqual(['{workspaceRoot}/flightcheck.yaml', '{workspaceRoot}/flightcheck.waivers.yaml']);
    expect(tree.read('flightcheck.yaml', 'utf-8')).toContain('failOn: high');
  });

  it('records custom folders as plugin options and keeps an existing policy', async () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('flightcheck.yaml', 'failOn: critical\n');
    await initGenerator(tree, { imagesDir: 'docker', skipFormat: true });
    expect(readNxJson(tree)!.plugins).toContainEqual({ plugin: PLUGIN_NAME, options: { imagesDir: 'docker' } });
    expect(tree.read('flightcheck.yaml', 'utf-8')).toBe('failOn: critical\n');
  });
});
