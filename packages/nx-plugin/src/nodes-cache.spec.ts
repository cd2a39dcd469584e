import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodesFromFileList } from './create-nodes.js';
import { CACHE_SCHEMA, cacheFile, createNodesCached, MAX_CACHE_BYTES, readCache } from './nodes-cache.js';
import type { FlightcheckPluginOptions } from './options.js';


const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function write(root: string, file: string, text: string) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A workspace with an image, a manifests folder, the workspace marker and check packages (one a workspace member). */
function workspace(): { root: string; env: NodeJS.ProcessEnv } {
  const root = mkdtempSync(join(tmpdir(), 'fc-nodes-cache-'));
  const cache = mkdtempSync(join(tmpdir(), 'fc-nodes-home-'));
  dirs.push(root, cache);
  write(root, 'package.json', '{"name":"ws","private":true,"workspaces":["packages/*"]}');
  write(root, 'flightcheck.yaml', 'profile: local\n');
  write(root, 'images/airflow/Dockerfile', 'FROM python:3.11-slim\n');
  write(root, 'manifests/airflow/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n');
  write(root, 'manifests/values/values.yaml', 'replicaCount: 2\n');
  write(root, 'packages/compliance/package.json', '{"name":"@flightcheck/compliance","version":"0.1.0"}');
  mkdirSync(join(root, 'node_modules/@flightcheck'), { recursive: true });
  symlinkSync(join(root, 'packages/compliance'), join(root, 'node_modules/@flightcheck/compliance'));
  write(root, 'node_modules/@flightcheck/dockerfile-lint/package.json', '{"name":"@flightcheck/dockerfile-lint","version":"0.1.0"}');
  return { root, env: { XDG_CACHE_HOME: cache } };
}

const FILES = ['flightcheck.yaml', 'images/airflow/Dockerfile', 'manifests/airflow/deploy.yaml', 'manifests/values/values.yaml'];
const OPTIONS: FlightcheckPluginOptions = { checks: [{ target: 'secrets', executor: '@flightcheck/secrets:scan', appliesTo: 'workspace' }] } as FlightcheckPluginOptions;

async function infer(ws: { root: string; env: NodeJS.ProcessEnv }, options: FlightcheckPluginOptions | undefined = OPTIONS, files = FILES) {
  const computed: string[] = [];
  const out = await createNodesCached(files, options, { workspaceRoot: ws.root, nxJsonConfiguration: {} }, { env: ws.env, onCompute: (r) => computed.push(r) });
  return { out, computed: computed.sort() };
}

describe('createNodesCached', () => {
  it('gives what createNodesFromFileList gives, and the second time from the cache', async () => {
    const ws = workspace();
    const plain = createNodesFromFileList(FILES, OPTIONS, { workspaceRoot: ws.root, nxJsonConfiguration: {} });
    expect(plain.length).toBe(3);
    const first = await infer(ws);
    expect(first.out).toEqual(plain);
    // manifests/values holds no Kubernetes YAML: no project, and that is cached too
    expect(first.computed).toEqual(['.', 'images/airflow', 'manifests/airflow', 'manifests/values']);
    const second = await infer(ws);
    expect(second.out).toEqual(plain);
    expect(second.computed).toEqual([]);
  });

  it("infers again only the project whose folder changed, and every project when a root manifest, a package's manifest or the options change", async () => {
    const ws = workspace();
    await infer(ws);
    write(ws.root, 'manifests/airflow/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: y\n');
    expect((await infer(ws)).computed).toEqual(['manifests/airflow']);
    // a file the inference never sees (not handed by Nx, not read) changes nothing
    write(ws.root, 'manifests/airflow/extra.txt', 'a new file in the folder');
    expect((await infer(ws)).computed).toEqual([]);
    write(ws.root, 'package.json', '{"name":"ws","private":true,"workspaces":["packages/*"],"devDependencies":{}}');
    expect((await infer(ws)).computed).toEqual(['.', 'images/airflow', 'manifests/airflow', 'manifests/values']);
    expect((await infer(ws)).computed).toEqual([]);
    // read outside the project's folder: the linked check package's manifest (compliance runs on manifests)
    write(ws.root, 'packages/compliance/package.json', '{"name":"@flightcheck/compliance","version":"0.2.0"}');
    expect((await infer(ws)).computed).toContain('manifests/airflow');
    expect((await infer(ws)).computed).toEqual([]);
    expect((await infer(ws, { ...OPTIONS, manifestsDir: 'manifests' } as FlightcheckPluginOptions)).computed).toEqual(['.', 'images/airflow', 'manifests/airflow', 'manifests/values']);
  });

  it('takes a folder that stops being Kubernetes YAML into account (no project, then one again)', async () => {
    const ws = workspace();
    await infer(ws);
    write(ws.root, 'manifests/airflow/deploy.yaml', 'replicaCount: 1\n');
    const none = await infer(ws);
    expect(none.out.flatMap(([, r]) => Object.values(r.projects ?? {}).map((p) => p.name))).not.toContain('airflow-manifests');
    write(ws.root, 'manifests/airflow/deploy.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n');
    expect((await infer(ws)).out).toEqual(createNodesFromFileList(FILES, OPTIONS, { workspaceRoot: ws.root, nxJsonConfiguration: {} }));
  });

  it("keeps the cache in the user's cache folder, owner-only, never in the repository", async () => {
    const ws = workspace();
    await infer(ws);
    const file = cacheFile(ws.root, ws.env);
    expect(file.startsWith(ws.env.XDG_CACHE_HOME!)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(file.startsWith(ws.root)).toBe(false);
    expect(Object.keys(readCache(file, ws.root)).length).toBe(4);
    expect(readCache(file, '/some/other/workspace')).toEqual({});
  });

  it('computes afresh over a cache that is malformed, of another shape or too large, and writes a good one', async () => {
    const ws = workspace();
    const file = cacheFile(ws.root, ws.env);
    const plain = createNodesFromFileList(FILES, OPTIONS, { workspaceRoot: ws.root, nxJsonConfiguration: {} });
    for (const text of ['{not json', `{"schemaVersion":${CACHE_SCHEMA},"workspaceRoot":"x","projects":{}}`, JSON.stringify({ schemaVersion: CACHE_SCHEMA, workspaceRoot: ws.root, projects: { 'manifests/airflow': { files: [1], reads: [['a']], key: 2, entries: 3 } } }), `"${'x'.repeat(MAX_CACHE_BYTES)}"`]) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      const r = await infer(ws);
      expect(r.out).toEqual(plain);
      expect(r.computed.length).toBe(4);
      expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(CACHE_SCHEMA);
    }
  });

  it('reads a "__proto__" key as an ordinary project key, never as the record\'s prototype', () => {
    const ws = workspace();
    const file = cacheFile(ws.root, ws.env);
    mkdirSync(dirname(file), { recursive: true });
    const entry = { files: ['a.yaml'], reads: [], key: 'k', entries: [] };
    writeFileSync(file, `{"schemaVersion":${CACHE_SCHEMA},"workspaceRoot":${JSON.stringify(ws.root)},"projects":{"__proto__":${JSON.stringify(entry)}}}`);
    const read = readCache(file, ws.root);
    expect(Object.getPrototypeOf(read)).toBe(null);
    expect(Object.keys(read)).toEqual(['__proto__']);
    expect(read['manifests/airflow']).toBeUndefined();
    expect(Object.getPrototypeOf(readCache('/nonexistent/cache.json', ws.root))).toBe(null);
  });

  it('is off with FLIGHTCHECK_NO_NODES_CACHE', async () => {
    const ws = workspace();
    ws.env.FLIGHTCHECK_NO_NODES_CACHE = '1';
    expect((await infer(ws)).out.length).toBe(3);
    expect(existsSync(cacheFile(ws.root, ws.env))).toBe(false);
  });

  it('infers again when Nx hands other files for a folder (one added, one gone)', async () => {
    const ws = workspace();
    await infer(ws);
    write(ws.root, 'manifests/airflow/svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n');
    const files = [...FILES, 'manifests/airflow/svc.yaml'];
    expect((await infer(ws, OPTIONS, files)).computed).toEqual(['manifests/airflow']);
    expect((await infer(ws, OPTIONS, files)).computed).toEqual([]);
    expect((await infer(ws)).computed).toEqual(['manifests/airflow']);
  });
});
