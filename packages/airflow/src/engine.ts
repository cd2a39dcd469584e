import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createReport, runRules, type Notice, type Report, type Result } from '@flightcheck/core';
import { buildImageModel, buildManifestModel } from './build.js';
import { MAX_DOCKERFILE_BYTES, readDockerfile } from './dockerfile.js';
import { loadManifests } from '@flightcheck/k8s';
import type { AirflowModel } from './model.js';
import { rules } from './rules/index.js';

export const CHECK_NAME = 'airflow';

export interface CheckOptions {
  /** Manifest files or folders, or Dockerfiles (or folders holding one), absolute or relative to `root`. */
  paths: string[];
  /** Workspace root: locations are relative to it. */
  root: string;
}

const isDockerfile = (p: string) => /(^|\.)Dockerfile(\.[^/]*)?$|^Containerfile$/.test(basename(p));
const rel = (root: string, p: string) => relative(root, p).split(sep).join('/') || '.';

/** Runs every rule over one model: one Result, with the model's notices and a summary of what was read. */
export function checkModel(model: AirflowModel, target: string, file: string): Result {
  const findings = runRules(rules, model, { file });
  const notices: Notice[] = model.notices.map((n) => ({ level: 'warning', message: n.message, location: { file: n.where.file, line: n.where.line } }));
  const components = model.components.filter((c) => c.role !== 'job');
  if (!components.length) notices.push({ level: 'info', message: 'no Airflow component found (no container running Airflow, no Airflow image)' });
  else {
    const versions = [...new Set(components.map((c) => (c.version ? `${c.version.text} (${c.version.source})` : 'unknown: Airflow 2 and 3 names both read')))];
    notices.push({ level: 'info', message: `read ${components.length} Airflow component(s): ${components.map((c) => c.role).join(', ')}; version ${versions.join('; ')}` });
  }
  return { check: CHECK_NAME, target, engine: 'builtin', findings, notices };
}

function imageResult(dockerfile: string, root: string): Result {
  const file = rel(root, dockerfile);
  try {
    if (statSync(dockerfile).size > MAX_DOCKERFILE_BYTES) return { check: CHECK_NAME, target: file, engine: 'builtin', findings: [], error: `${file}: larger than ${MAX_DOCKERFILE_BYTES} bytes, not read` };
    const img = readDockerfile(readFileSync(dockerfile, 'utf8'), file, dirname(dockerfile));
    img.file = file;
    if (img.cfg) img.cfg.file = rel(root, img.cfg.file);
    return checkModel(buildImageModel(img), file, file);
  } catch (e) {
    return { check: CHECK_NAME, target: file, engine: 'builtin', findings: [], error: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

async function manifestResult(abs: string, root: string): Promise<Result> {
  const target = rel(root, abs);
  const loaded = await loadManifests([abs], { cwd: root });
  // locations relative to the workspace root, as every check reports them
  for (const o of loaded.objects) Object.assign(o, { file: rel(root, resolve(root, o.file)), source: rel(root, resolve(root, o.source)) });
  for (const p of loaded.problems) p.file = rel(root, resolve(root, p.file));
  const result = checkModel(buildManifestModel(loaded), target, target);
  if (loaded.problems.length) {
    result.notices = [...loaded.problems.map((p): Notice => ({ level: 'error', message: `${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`, location: { file: p.file, ...(p.line ? { line: p.line } : {}) } })), ...(result.notices ?? [])];
    const p = loaded.problems[0]!;
    result.error = `${loaded.problems.length} manifest problem(s), the first: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`;
  }
  return result;
}

/** One Result per input: an image (Dockerfile) or a set of manifests; an unreadable input fails closed. */
export async function runCheck(opts: CheckOptions): Promise<Report> {
  const results: Result[] = [];
  for (const p of opts.paths) {
    const abs = resolve(opts.root, p);
    if (!existsSync(abs)) {
      results.push({ check: CHECK_NAME, target: rel(opts.root, abs), engine: 'builtin', findings: [], error: `${p}: no such file or folder` });
      continue;
    }
    const dir = statSync(abs).isDirectory();
    if (!dir && isDockerfile(abs)) results.push(imageResult(abs, opts.root));
    else if (dir && existsSync(join(abs, 'Dockerfile')) && !hasYaml(abs)) results.push(imageResult(join(abs, 'Dockerfile'), opts.root));
    else results.push(await manifestResult(abs, opts.root));
  }
  return createReport(results);
}

function hasYaml(dir: string): boolean {
  try {
    return readdirSync(dir).some((f) => /\.ya?ml$/.test(f));
  } catch {
    return false;
  }
}
