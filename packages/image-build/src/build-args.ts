/** The `docker build` command line of a project (pure). */

export interface ImageBuildOptions {
  /** Dockerfile path, workspace-relative. */
  dockerfile: string;
  /** Build context, workspace-relative. */
  context: string;
  /** Image reference to tag; default `flightcheck/<project>:<short git revision>`. */
  image?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  /** Use BuildKit (DOCKER_BUILDKIT=1). Default true. */
  buildkit?: boolean;
  /** `--pull` (needs a registry). Default false: offline builds use local base images. */
  pull?: boolean;
  /** Push after the build and record the repo digest. Default false. */
  push?: boolean;
  /** Seconds the build may take. Default 1800. */
  timeoutSeconds?: number;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export class BuildOptionError extends Error {}

function checkMap(name: string, m: Record<string, string> | undefined): [string, string][] {
  if (m === undefined) return [];
  if (typeof m !== 'object' || Array.isArray(m) || m === null) throw new BuildOptionError(`${name} must be an object of strings`);
  return Object.entries(m).map(([k, v]) => {
    if (!KEY.test(k)) throw new BuildOptionError(`${name}: invalid key ${JSON.stringify(k)}`);
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new BuildOptionError(`${name}.${k} must be a string`);
    return [k, String(v)];
  });
}

/** Arguments after `docker`: `build -f … --iidfile … -t ref [--target t] [--build-arg k=v]… [--label k=v]… context`. */
export function buildDockerArgs(o: ImageBuildOptions & { image: string }, iidFile: string): string[] {
  if (!o.image || o.image.startsWith('-') || /\s/.test(o.image)) throw new BuildOptionError(`image must be an image reference (got ${JSON.stringify(o.image)})`);
  if (o.target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(o.target)) throw new BuildOptionError(`target must be a stage name (got ${JSON.stringify(o.target)})`);
  const args = ['build', '--file', o.dockerfile, '--iidfile', iidFile, '--tag', o.image];
  if (o.buildkit ?? true) args.push('--progress', 'plain');
  if (o.pull) args.push('--pull');
  if (o.target) args.push('--target', o.target);
  for (const [k, v] of checkMap('buildArgs', o.buildArgs)) args.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of checkMap('labels', o.labels)) args.push('--label', `${k}=${v}`);
  args.push(o.context);
  return args;
}

/** `flightcheck/airflow-image:1a2b3c4` (docker references are lower case). */
export function defaultImageRef(project: string, revision: string | undefined): string {
  const name = project.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
  return `flightcheck/${name}:${revision ? revision.slice(0, 12) : 'dev'}`;
}
