import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodesFromFileList, executorTakesDeferVerdict, looksLikeKubernetesYaml } from './create-nodes.js';
import { createNodesV2 } from './nodes-cache.js';

function write(root: string, file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A workspace on disk with two check packages "installed": one from npm, one linked from packages/. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'fc-nodes-'));
  write(root, 'package.json', '{"name":"ws","private":true}');
  write(root, 'images/airflow/Dockerfile', 'FROM python:3.11-slim\n');
  write(root, 'images/notes/README.md', 'not an image');
  write(root, 'manifests/airflow/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n');
  write(root, 'manifests/airflow/svc.yml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n');
  write(root, 'manifests/values/values.yaml', 'replicaCount: 2\n');
  write(root, 'node_modules/@flightcheck/dockerfile-lint/package.json', '{"name":"@flightcheck/dockerfile-lint","version":"0.1.0"}');
  write(root, 'packages/compliance/package.json', '{"name":"@flightcheck/compliance","version":"0.1.0"}');
  symlinkSync(join(root, 'packages/compliance'), join(root, 'node_modules/@flightcheck/compliance'));
  write(root, 'node_modules/@flightcheck/image-build/package.json', '{"name":"@flightcheck/image-build","version":"0.1.0"}');
  write(root, 'node_modules/@flightcheck/permissions/package.json', '{"name":"@flightcheck/permissions","version":"0.1.0"}');
  return root;
}

const FILES = ['images/airflow/Dockerfile', 'manifests/airflow/deploy.yaml', 'manifests/airflow/svc.yml', 'manifests/values/values.yaml'];

function projects(root: string, options?: Parameters<typeof createNodesFromFileList>[1]) {
  const out = createNodesFromFileList(FILES, options, { workspaceRoot: root, nxJsonConfiguration: {} });
  return Object.fromEntries(out.flatMap(([, r]) => Object.values(r.projects ?? {}).map((p) => [p.name, p])));
}

describe('createNodes', () => {
  it('infers <name>-image and <name>-manifests projects, once per folder, only for Kubernetes YAML', () => {
    const ps = projects(workspace());
    expect(Object.keys(ps).sort()).toEqual(['airflow-image', 'airflow-manifests']);
    expect(ps['airflow-image']!.root).toBe('images/airflow');
    expect(ps['airflow-manifests']!.tags).toEqual(['flightcheck:manifests']);
  });

  it('adds only the targets whose check package is installed, each described, cacheable, with outputs', () => {
    const ps = projects(workspace());
    const image = ps['airflow-image']!.targets!;
    expect(Object.keys(image).sort()).toEqual(['dockerfile-lint', 'image-build', 'permissions', 'security']);
    const lint = image['dockerfile-lint']!;
    expect(lint.executor).toBe('@flightcheck/dockerfile-lint:lint');
    expect(lint.cache).toBe(true);
    expect(lint.metadata?.description).toMatch(/hadolint/);
    expect(lint.outputs).toEqual(['{workspaceRoot}/dist/flightcheck/{projectName}/dockerfile-lint.*']);
    expect(lint.options).toEqual({ dockerfile: 'images/airflow/Dockerfile' });
    expect(image.permissions!.dependsOn).toEqual(['image-build']);
  });

  it('takes the check package itself as an input: sources in the workspace, the npm version otherwise', () => {
    const root = workspace();
    let ps = projects(root);
    // installed but not declared (linked, or installed with --no-save): hashed by its reported version
    expect(ps['airflow-image']!.targets!['dockerfile-lint']!.inputs).toContainEqual({ runtime: `node -p "require('@flightcheck/dockerfile-lint/package.json').version"` });
    write(root, 'package.json', '{"name":"ws","private":true,"devDependencies":{"@flightcheck/dockerfile-lint":"0.1.0"}}');
    ps = projects(root);
    expect(ps['airflow-image']!.targets!['dockerfile-lint']!.inputs).toContainEqual({ externalDependencies: ['@flightcheck/dockerfile-lint'] });
    const comp = ps['airflow-manifests']!.targets!.compliance!.inputs!;
    expect(comp).toContain('{workspaceRoot}/packages/compliance/src/**/*');
    expect(comp).toContain('{workspaceRoot}/flightcheck.waivers.yaml');
    expect(comp).toContainEqual({ runtime: 'kube-score version 2>/dev/null || echo no-kube-score' });
  });

  it('makes a project depend on the check packages of this workspace, so that affected follows a check change', () => {
    const root = workspace();
    // packages/compliance is linked but not an npm workspace member yet: no dependency (Nx would reject it)
    expect(projects(root)['airflow-manifests']!.implicitDependencies).toBeUndefined();
    write(root, 'package.json', '{"name":"ws","private":true,"workspaces":["packages/*"]}');
    const ps = projects(root);
    expect(ps['airflow-manifests']!.implicitDependencies).toEqual(['@flightcheck/compliance']);
    expect(ps['airflow-image']!.implicitDependencies).toBeUndefined(); // its checks come from node_modules
  });

  it('makes security a cached gate over the checks that need no secret, forwarding deferVerdict, with the union of their inputs', () => {
    const image = projects(workspace())['airflow-image']!.targets!;
    expect(image.security!.executor).toBe('@flightcheck/nx-plugin:gate');
    expect(image.security!.options).toEqual({ deferVerdict: true });
    // image-build (which permissions depends on) is created first, so its task gets the forwarded option too
    expect(image.security!.dependsOn).toEqual([
      { target: 'dockerfile-lint', options: 'forward' },
      { target: 'image-build', options: 'forward' },
      { target: 'permissions', options: 'forward' },
    ]);
    const inputs = image.security!.inputs!;
    for (const i of [...image['dockerfile-lint']!.inputs!, ...image.permissions!.inputs!]) expect(inputs).toContainEqual(i);
    expect(new Set(inputs.map((i) => JSON.stringify(i))).size).toBe(inputs.length);
    expect(image.security!.cache).toBe(true);
  });

  it('runs the gate every time when one of its checks is never cached (verify-signature asks the registry)', () => {
    const root = workspace();
    write(root, 'node_modules/@flightcheck/signing/package.json', '{"name":"@flightcheck/signing","version":"0.1.0"}');
    const manifests = projects(root)['airflow-manifests']!.targets!;
    expect(manifests['verify-signature']!.cache).toBe(false);
    expect(manifests.security!.dependsOn).toContainEqual({ target: 'verify-signature', options: 'forward' });
    expect(manifests.security!.cache).toBe(false);
    expect(projects(root, { disable: ['verify-signature'] })['airflow-manifests']!.targets!.security!.cache).toBe(true);
  });

  it('honours renames, disabled targets, target options and custom checks from nx.json', () => {
    const ps = projects(workspace(), {
      targetNames: { 'dockerfile-lint': 'hadolint' },
      disable: ['permissions'],
      targetOptions: { 'dockerfile-lint': { failOn: 'medium' } },
      checks: [{ target: 'licenses', executor: '@acme/licenses:check', appliesTo: 'images', inputs: ['{projectRoot}/LICENSES'] }],
    });
    const image = ps['airflow-image']!.targets!;
    expect(Object.keys(image).sort()).toEqual(['hadolint', 'image-build', 'licenses', 'security']);
    expect(image.hadolint!.options).toEqual({ dockerfile: 'images/airflow/Dockerfile', failOn: 'medium' });
    // a custom executor whose schema does not declare deferVerdict is not sent it
    expect(image.security!.dependsOn).toEqual([{ target: 'hadolint', options: 'forward' }, 'licenses']);
    expect(image.licenses!.inputs).toContain('{projectRoot}/LICENSES');
  });

  it('forwards deferVerdict to a custom check whose executor schema declares it, and points every target at a help that exists', () => {
    const root = workspace();
    write(root, 'node_modules/@acme/labels/package.json', '{"name":"@acme/labels","version":"1.0.0","executors":"./executors.json"}');
    write(root, 'node_modules/@acme/labels/executors.json', '{"executors":{"check":{"implementation":"./e.js","schema":"./schema.json"}}}');
    write(root, 'node_modules/@acme/labels/schema.json', '{"type":"object","properties":{"deferVerdict":{"type":"boolean"}},"additionalProperties":false}');
    expect(executorTakesDeferVerdict('@acme/labels:check', root)).toBe(true);
    expect(executorTakesDeferVerdict('@acme/labels:other', root)).toBe(false);
    expect(executorTakesDeferVerdict('@acme/missing:check', root)).toBe(false);
    const image = projects(root, { checks: [{ target: 'labels', executor: '@acme/labels:check', appliesTo: 'images' }] })['airflow-image']!.targets!;
    expect(image.security!.dependsOn).toContainEqual({ target: 'labels', options: 'forward' });
    expect(image.labels!.metadata!.help!.command).toBe('npx nx run airflow-image:labels --help');
    expect(image['image-build']!.metadata!.help!.command).toBe('npx nx run airflow-image:image-build --help');
    expect(image['dockerfile-lint']!.metadata!.help!.command).toBe('npx flightcheck dockerfile-lint --help');
    expect(image.security!.metadata!.help!.command).toBe('npx nx run airflow-image:security --help');
  });

  it('rejects malformed custom checks with a message naming the option', () => {
    expect(() => projects(workspace(), { checks: [{ target: 'Bad Name', executor: 'x:y', appliesTo: 'images' }] })).toThrow(/checks\[\]\.target/);
    expect(() => projects(workspace(), { checks: [{ target: 'ok', executor: 'no-colon', appliesTo: 'images' }] })).toThrow(/executor/);
  });

  it('uses custom folders', () => {
    const root = workspace();
    write(root, 'docker/web/Dockerfile', 'FROM x\n');
    const out = createNodesFromFileList(['docker/web/Dockerfile', 'images/airflow/Dockerfile'], { imagesDir: 'docker' }, { workspaceRoot: root, nxJsonConfiguration: {} });
    expect(out.map(([f]) => f)).toEqual(['docker/web/Dockerfile']);
  });

  it('exports a v2 glob that matches Dockerfiles and YAML', () => {
    expect(createNodesV2[0]).toBe('**/{Dockerfile,*.yaml,*.yml}');
  });

  it('sniffs Kubernetes YAML', () => {
    const root = workspace();
    expect(looksLikeKubernetesYaml(join(root, 'manifests/airflow/deploy.yaml'))).toBe(true);
    expect(looksLikeKubernetesYaml(join(root, 'manifests/values/values.yaml'))).toBe(false);
    expect(looksLikeKubernetesYaml(join(root, 'missing.yaml'))).toBe(false);
  });
});
