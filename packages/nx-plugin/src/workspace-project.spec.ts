import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodesFromFileList } from './create-nodes.js';
import { normalizeOptions } from './options.js';
import { workspaceProjectFor } from './workspace-project.js';

const root = mkdtempSync(join(tmpdir(), 'fc-ws-project-'));
writeFileSync(join(root, 'package.json'), '{"name":"ws","private":true}');
writeFileSync(join(root, 'flightcheck.yaml'), 'failOn: high\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const context = { workspaceRoot: root, nxJsonConfiguration: {} } as never;
const secrets = { target: 'secrets', executor: '@acme/secrets:scan', appliesTo: 'workspace' as const };

describe('workspace project', () => {
  it('is inferred from the root flightcheck.yaml when a check applies to the workspace', () => {
    const out = createNodesFromFileList(['flightcheck.yaml'], { checks: [secrets] }, context);
    expect(out).toHaveLength(1);
    const project = out[0]![1].projects!['.']!;
    expect(project.name).toBe('workspace');
    expect(project.tags).toEqual(['flightcheck:workspace']);
    expect(project.targets!.secrets!.executor).toBe('@acme/secrets:scan');
    expect(project.targets!.security!.dependsOn).toEqual(['secrets']);
  });

  it('does not exist without a workspace check, or for a nested flightcheck.yaml', () => {
    expect(createNodesFromFileList(['flightcheck.yaml'], { checks: [{ ...secrets, appliesTo: 'manifests' }] }, context)).toEqual([]);
    expect(createNodesFromFileList(['flightcheck.yaml'], {}, context)).toEqual([]);
    expect(workspaceProjectFor('sub/flightcheck.yaml', normalizeOptions({ checks: [secrets] }), root)).toBeUndefined();
  });

  it('takes its name from workspaceProjectName and gets no project-file inputs', () => {
    const out = createNodesFromFileList(['flightcheck.yaml'], { checks: [{ ...secrets, inputs: ['{workspaceRoot}/**/*'] }], workspaceProjectName: 'repo' }, context);
    const project = out[0]![1].projects!['.']!;
    expect(project.name).toBe('repo');
    expect(project.targets!.secrets!.inputs).toContain('{workspaceRoot}/**/*');
    expect(project.targets!.secrets!.inputs).not.toContain('{projectRoot}/**/*');
  });
});
