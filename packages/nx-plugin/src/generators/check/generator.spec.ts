import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readJson, readNxJson, writeJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkGenerator, CheckGeneratorError } from './generator.js';

// vitest runs workers with the `import` condition, so @nx/devkit's `require('ejs')` would get ejs's ESM build
// (no `render`); the Nx CLI has no such condition. Put the CommonJS build in the require cache under that name.
const req = createRequire(join(process.cwd(), 'node_modules', '@nx', 'devkit', 'package.json'));
const esmEntry = req.resolve('ejs');
if (esmEntry.includes(`${'/'}esm${'/'}`)) {
  const cjs = req(join(dirname(dirname(esmEntry)), 'cjs', 'ejs.js'));
  req.cache[esmEntry] = { id: esmEntry, filename: esmEntry, loaded: true, exports: cjs } as never;
}

function pluginOptions(tree: Tree): { checks?: unknown[] } {
  const entry = readNxJson(tree)!.plugins!.find((p) => typeof p !== 'string' && p.plugin === '@flightcheck/nx-plugin');
  return (entry as { options: { checks?: unknown[] } }).options;
}

describe('check generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'packages/core/package.json', { name: '@flightcheck/core', version: '0.1.0' });
    writeJson(tree, 'tsconfig.json', { files: [], references: [{ path: './packages/core' }] });
    writeJson(tree, 'tsconfig.build.json', { files: [], references: [{ path: './packages/core/tsconfig.lib.json' }] });
  });

  it('creates the package: manifest, executor and schema, first rule and spec, CLI, README, tsconfigs', async () => {
    await checkGenerator(tree, { name: 'licence-scan', skipFormat: true });
    const root = 'packages/licence-scan';
    for (const f of [
      'package.json', 'executors.json', 'README.md', 'tsconfig.json', 'tsconfig.lib.json', 'docs/rules/licence-scan-marker.md',
      'src/index.ts', 'src/cli.ts', 'src/cli.spec.ts', 'src/engine.ts', 'src/engine.spec.ts', 'src/files.ts', 'src/files.spec.ts', 'src/docs.ts', 'src/meta.spec.ts',
      'src/rules/index.ts', 'src/rules/licence-scan-marker.ts', 'src/rules/licence-scan-marker.spec.ts',
      'src/executors/check/executor.ts', 'src/executors/check/executor.spec.ts', 'src/executors/check/schema.json',
    ]) expect(tree.exists(`${root}/${f}`), f).toBe(true);
    const pkg = readJson(tree, `${root}/package.json`);
    expect(pkg).toMatchObject({ name: '@flightcheck/licence-scan', executors: './executors.json', flightcheck: { cli: './dist/cli.js' }, dependencies: { '@flightcheck/core': '0.1.0' } });
    expect(readJson(tree, `${root}/executors.json`).executors.check.implementation).toBe('./dist/executors/check/executor.js');
    expect(readJson(tree, `${root}/tsconfig.lib.json`).references).toEqual([{ path: '../../packages/core/tsconfig.lib.json' }]);
    expect(readJson(tree, `${root}/src/executors/check/schema.json`).properties.failOn.enum).toContain('none');
    expect(tree.read(`${root}/src/cli.ts`, 'utf-8')).toContain("command: 'licence-scan [paths..]'");
    expect(tree.read(`${root}/src/rules/licence-scan-marker.ts`, 'utf-8')).toContain('export const licenceScanMarker = defineRule');
    expect(tree.read(`${root}/src/files.ts`, 'utf-8')).toContain("FILE_KIND: FileKind = 'manifests'");
    // no template syntax left behind
    for (const f of tree.listChanges().filter((c) => c.path.startsWith(root))) expect(f.content!.toString(), f.path).not.toMatch(/<%|%>|__tmpl__/);
  });

  it('extends the shared compiler options of the workspace: tsconfig.shared.json where it exists, else tsconfig.base.json', async () => {
    await checkGenerator(tree, { name: 'licence-scan', skipFormat: true, skipInstall: true });
    expect(readJson(tree, 'packages/licence-scan/tsconfig.lib.json').extends).toBe('../../tsconfig.base.json');
    tree.write('tsconfig.shared.json', '{}');
    await checkGenerator(tree, { name: 'other-scan', skipFormat: true, skipInstall: true });
    expect(readJson(tree, 'packages/other-scan/tsconfig.json').extends).toBe('../../tsconfig.shared.json');
    expect(readJson(tree, 'packages/other-scan/tsconfig.lib.json').extends).toBe('../../tsconfig.shared.json');
  });

  it('adds the project references to the root tsconfig files', async () => {
    await checkGenerator(tree, { name: 'licence-scan', skipFormat: true });
    expect(readJson(tree, 'tsconfig.json').references).toContainEqual({ path: './packages/licence-scan' });
    expect(readJson(tree, 'tsconfig.build.json').references).toContainEqual({ path: './packages/licence-scan/tsconfig.lib.json' });
  });

  it('wires the check through the plugin options in nx.json, adding the plugin when absent', async () => {
    await checkGenerator(tree, { name: 'licence-scan', target: 'images', description: 'Licences', skipFormat: true });
    expect(pluginOptions(tree).checks).toEqual([{ target: 'licence-scan', executor: '@flightcheck/licence-scan:check', appliesTo: 'images', description: 'Licences' }]);
    expect(tree.exists('flightcheck.yaml')).toBe(true);
  });

  it('keeps existing plugin options and checks', async () => {
    const nx = readNxJson(tree)!;
    nx.plugins = [{ plugin: '@flightcheck/nx-plugin', options: { imagesDir: 'docker', checks: [{ target: 'other', executor: '@x/y:z', appliesTo: 'manifests' }] } }];
    writeJson(tree, 'nx.json', nx);
    await checkGenerator(tree, { name: 'licence-scan', skipFormat: true });
    expect(pluginOptions(tree)).toMatchObject({ imagesDir: 'docker', checks: [{ target: 'other' }, { target: 'licence-scan' }] });
  });

  it('gives a workspace check the whole repository as input and the marker file of the workspace project', async () => {
    tree.delete('flightcheck.yaml');
    await checkGenerator(tree, { name: 'secrets', target: 'workspace', skipFormat: true });
    expect(pluginOptions(tree).checks).toEqual([expect.objectContaining({ target: 'secrets', appliesTo: 'workspace', inputs: ['{workspaceRoot}/**/*', '!{workspaceRoot}/dist/**/*'] })]);
    expect(tree.exists('flightcheck.yaml')).toBe(true);
    expect(tree.read('packages/secrets/src/files.ts', 'utf-8')).toContain("FILE_KIND: FileKind = 'workspace'");
  });

  it('lists a package outside the @flightcheck scope in flightcheck.yaml plugins, keeping comments', async () => {
    tree.write('flightcheck.yaml', '# policy\nfailOn: high\n');
    await checkGenerator(tree, { name: 'licence-scan', importPath: '@acme/licence-scan', skipFormat: true });
    const text = tree.read('flightcheck.yaml', 'utf-8')!;
    expect(text).toContain('# policy');
    expect(parse(text)).toEqual({ failOn: 'high', plugins: ['@acme/licence-scan'] });
    expect(pluginOptions(tree).checks).toEqual([expect.objectContaining({ executor: '@acme/licence-scan:check' })]);
  });

  it('refuses to run twice with the same name, before writing anything', async () => {
    await checkGenerator(tree, { name: 'licence-scan', skipFormat: true });
    const before = readNxJson(tree);
    await expect(checkGenerator(tree, { name: 'licence-scan', skipFormat: true })).rejects.toThrow(/packages\/licence-scan already exists: the check "licence-scan" was generated before/);
    expect(readNxJson(tree)).toEqual(before);
  });

  it('refuses a target already configured in nx.json', async () => {
    await checkGenerator(tree, { name: 'licence-scan', skipFormat: true });
    tree.delete('packages/licence-scan');
    await expect(checkGenerator(tree, { name: 'licence-scan', skipFormat: true })).rejects.toThrow(/nx.json already has a flightcheck check with target "licence-scan"/);
  });

  it('rejects bad names with a clear error', async () => {
    await expect(checkGenerator(tree, { name: 'Bad_Name' })).rejects.toBeInstanceOf(CheckGeneratorError);
    await expect(checkGenerator(tree, { name: 'security' })).rejects.toThrow(/reserved/);
    await expect(checkGenerator(tree, { name: 'x', directory: '../out' })).rejects.toThrow(/inside the workspace/);
    await expect(checkGenerator(tree, { name: 'x', target: 'nope' as never })).rejects.toThrow(/images, manifests or workspace/);
  });

  it('formats and returns a callback with the next steps', async () => {
    const done = await checkGenerator(tree, { name: 'licence-scan' });
    expect(typeof done).toBe('function');
  });
});
