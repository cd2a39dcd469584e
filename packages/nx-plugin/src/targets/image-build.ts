import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltinCheck, Input, ProjectInfo } from './types.js';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(0, 1 << 20);
  } catch {
    return '';
  }
}

/** True when a .dockerignore pattern (`*`, `?`, `**`) matches the file name. */
function globMatches(pattern: string, name: string): boolean {
  const re = pattern
    .replace(/^\/+/, '')
    .split(/(\*\*|\*|\?)/)
    .map((t) => (t === '**' ? '.*' : t === '*' ? '[^/]*' : t === '?' ? '[^/]' : t.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`).test(name);
}

/**
 * `.dockerignore` patterns as negated Nx inputs (exceptions `!x` are ignored: over-including is safe). A
 * pattern that matches the Dockerfile (`*`, as in "the context holds only what is copied") is left out:
 * Docker reads the Dockerfile whatever .dockerignore says, and a change to it must rebuild the image.
 */
export function dockerignoreInputs(workspaceRoot: string, root: string): Input[] {
  return read(join(workspaceRoot, root, '.dockerignore'))
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!') && !l.includes('..'))
    .filter((l) => !globMatches(l, 'Dockerfile') && !globMatches(l, '.dockerignore'))
    .map((l) => `!{projectRoot}/${l.replace(/^\/+/, '')}`);
}

type BuildArgs = Record<string, string>;

/**
 * The buildArgs sets nx.json gives this target: `targetOptions['image-build'].buildArgs`, and each profile's
 * (`configurations['image-build'].<profile>.buildArgs`) over it, for the base images.
 */
function configuredBuildArgs(workspaceRoot: string): BuildArgs[] {
  try {
    type Opts = { targetOptions?: Record<string, { buildArgs?: BuildArgs }>; configurations?: Record<string, Record<string, { buildArgs?: BuildArgs }>> };
    const nx = JSON.parse(read(join(workspaceRoot, 'nx.json'))) as { plugins?: (string | { plugin?: string; options?: Opts })[] };
    for (const p of nx.plugins ?? []) {
      if (typeof p !== 'object' || p.plugin !== '@flightcheck/nx-plugin') continue;
      const base = p.options?.targetOptions?.['image-build']?.buildArgs ?? {};
      const profiles = Object.values(p.options?.configurations?.['image-build'] ?? {}).map((c) => ({ ...base, ...c?.buildArgs }));
      return [base, ...profiles];
    }
  } catch {
    /* no nx.json: defaults */
  }
  return [{}];
}

/** External FROM images of the project's Dockerfile, with ARG defaults and configured build args (every profile's). */
export function dockerfileBases(workspaceRoot: string, root: string): string[] {
  return [...new Set(configuredBuildArgs(workspaceRoot).flatMap((args) => basesWith(args, workspaceRoot, root)))];
}

function basesWith(args: BuildArgs, workspaceRoot: string, root: string): string[] {
  const vars: Record<string, string> = {};
  const stages = new Set<string>();
  const out: string[] = [];
  for (const line of read(join(workspaceRoot, root, 'Dockerfile')).replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const arg = /^\s*ARG\s+(\w+)(?:=(\S*))?/i.exec(line);
    if (arg) vars[arg[1]!] = args[arg[1]!] ?? arg[2]?.replace(/^"(.*)"$/, '$1') ?? '';
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = from[1]!.replace(/\$\{?(\w+)\}?/g, (_m, k: string) => args[k] ?? vars[k] ?? '');
    if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && /^[\w./:@-]+$/.test(image)) out.push(image);
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return [...new Set(out)];
}

export const imageBuild: BuiltinCheck = {
  key: 'image-build',
  packageName: '@flightcheck/image-build',
  executor: '@flightcheck/image-build:build',
  appliesTo: 'images',
  description: 'Build the image with the Docker engine and record its reference, id and digest',
  technologies: ['docker'],
  security: false,
  // the Dockerfile and its context minus .dockerignore, and the id of every base image (a rebuilt base busts the cache)
  inputs: (p: ProjectInfo) => {
    const bases = dockerfileBases(p.workspaceRoot, p.root);
    const ids = bases.length ? `docker image inspect --format "{{.Id}}" ${bases.map((b) => `'${b}'`).join(' ')} 2>/dev/null || echo no-base-image` : 'echo no-base-image';
    return ['{projectRoot}/**/*', ...dockerignoreInputs(p.workspaceRoot, p.root), { runtime: ids }, { runtime: 'docker version --format "{{.Server.Version}}" 2>/dev/null || echo no-docker' }];
  },
  options: (p) => ({ context: p.root, dockerfile: `${p.root}/Dockerfile` }),
  extra: { outputs: ['{workspaceRoot}/dist/flightcheck/{projectName}/image-build.*', '{workspaceRoot}/dist/flightcheck/{projectName}/image.json'] },
};
