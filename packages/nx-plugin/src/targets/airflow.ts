import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltinCheck, ProjectInfo } from './types.js';

const SNIFF_BYTES = 64 * 1024;
const MAX_FILES = 200;
const MAX_DEPTH = 4;
/** Text that only a project configuring Airflow has: its options, connections, package, image or config file. */
const AIRFLOW = /AIRFLOW__|AIRFLOW_(CONN|VAR)_|apache-airflow|apache\/airflow|airflow\.cfg/;

function head(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(SNIFF_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, SNIFF_BYTES, 0)).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function yamlFiles(dir: string, depth: number, out: string[]): string[] {
  if (depth > MAX_DEPTH || out.length >= MAX_FILES) return out;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (out.length >= MAX_FILES) break;
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    if (e.isDirectory()) yamlFiles(join(dir, e.name), depth + 1, out);
    else if (/\.ya?ml$/.test(e.name)) out.push(join(dir, e.name));
  }
  return out;
}

/** Graph-time test, bounded (the first 64 KiB of at most 200 files): do the project's files configure Airflow? */
export function configuresAirflow(p: ProjectInfo): boolean {
  const root = join(p.workspaceRoot, p.root);
  if (p.kind === 'images') return AIRFLOW.test(head(join(root, 'Dockerfile')));
  if (p.kind === 'manifests') return yamlFiles(root, 0, []).some((f) => AIRFLOW.test(head(f)));
  return false;
}

export const airflow: BuiltinCheck = {
  key: 'airflow',
  packageName: '@flightcheck/airflow',
  executor: '@flightcheck/airflow:check',
  appliesTo: ['images', 'manifests'],
  when: configuresAirflow,
  description: "Check Airflow's effective configuration per component (secret keys, example DAGs, authentication, TLS, the KubernetesExecutor's pod template and RBAC)",
  technologies: ['airflow', 'kubernetes', 'docker'],
  security: true,
  // an image's Dockerfile may COPY an airflow.cfg from its folder
  inputs: (p) => (p.kind === 'images' ? ['{projectRoot}/**/*'] : ['{projectRoot}/**/*.yaml', '{projectRoot}/**/*.yml']),
  options: (p) => (p.kind === 'images' ? { dockerfile: `${p.root}/Dockerfile` } : { paths: [p.root] }),
};
