import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { DockerfileParser, type Arg, type Copy, type Env, type From } from 'dockerfile-ast';
import { MAX_CFG_BYTES } from './ini.js';

/** What an image's Dockerfile gives Airflow: ENV of the final stage, its version, an airflow.cfg it copies in. */
export interface ImageConfig {
  file: string;
  /** ENV of the final stage (inherited through `FROM <stage>`), variables expanded. */
  env: Map<string, ImageEnv>;
  version?: AirflowVersion;
  /** The final stage descends from the official apache/airflow image (its ENV sets load_examples false). */
  official: boolean;
  /** The Dockerfile installs or builds on Airflow. */
  airflow: boolean;
  airflowHome: string;
  /** An airflow.cfg the final stage copies in from the build context. */
  cfg?: { file: string; text: string; line: number };
  problems: { line: number; message: string }[];
}

export interface ImageEnv {
  value: string;
  line: number;
  /** Build arguments without a default the value takes (`ENV X=$ARG`): given at build time, so the value is not known here. */
  buildArgs?: string[];
  /** The value with those build arguments still marked, for later expansions. */
  marked?: string;
}

/** Stands for a build argument without a default while variables are expanded. */
const BUILD_ARG = (name: string) => `\u0000${name}\u0000`;
const buildArgsIn = (v: string): string[] => [...v.matchAll(/\u0000([^\u0000]*)\u0000/g)].map((m) => m[1]!);

export interface AirflowVersion {
  text: string;
  major: number;
  /** Where it was read: `Dockerfile:12 (apache-airflow pin)`, `image tag`, `label app.kubernetes.io/version`. */
  source: string;
}

export const MAX_DOCKERFILE_BYTES = 1 << 20;

export function versionOf(text: string | undefined, source: string): AirflowVersion | undefined {
  const m = text ? /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim()) : null;
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major < 1 || major > 9) return undefined;
  return { text: m[0].replace(/^v/, ''), major, source };
}

function expand(s: string, vars: Map<string, string>): string {
  return s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (m, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? m);
}

interface Stage {
  name?: string;
  env: Map<string, ImageEnv>;
  args: Map<string, string>;
  official: boolean;
  workdir: string;
  cfg?: ImageConfig['cfg'];
}

/** Reads a Dockerfile with dockerfile-ast; `contextDir` is where COPY sources are read from (bounded, inside it). */
export function readDockerfile(text: string, file: string, contextDir?: string): ImageConfig {
  const problems: ImageConfig['problems'] = [];
  const out: ImageConfig = { file, env: new Map(), official: false, airflow: false, airflowHome: '/opt/airflow', problems };
  if (text.length > MAX_DOCKERFILE_BYTES) {
    problems.push({ line: 1, message: `larger than ${MAX_DOCKERFILE_BYTES} bytes: not read` });
    return out;
  }
  const df = DockerfileParser.parse(text);
  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  let cur: Stage | undefined;
  let version: AirflowVersion | undefined;
  const setVersion = (v: AirflowVersion | undefined, strong: boolean) => {
    if (v && (!version || strong)) version = v;
  };
  for (const ins of df.getInstructions()) {
    const kw = ins.getKeyword();
    const line = ins.getRange().start.line + 1;
    const vars = new Map([...globalArgs, ...(cur?.args ?? []), ...[...(cur?.env ?? [])].map(([k, v]) => [k, v.marked ?? v.value] as [string, string])]);
    if (kw === 'ARG') {
      const p = (ins as Arg).getProperty();
      if (!p) continue;
      const name = p.getName();
      const value = p.getValue() !== null ? expand(p.getUnescapedValue() ?? '', vars) : (globalArgs.get(name) ?? BUILD_ARG(name));
      (cur ? cur.args : globalArgs).set(name, value);
      if (name === 'AIRFLOW_VERSION') setVersion(versionOf(value, `${file}:${line} (ARG AIRFLOW_VERSION)`), false);
    } else if (kw === 'FROM') {
      const from = ins as From;
      const image = expand(from.getImage() ?? '', globalArgs);
      const parent = stages.find((s) => s.name && s.name === image);
      const official = parent ? parent.official : /(^|\/)apache\/airflow(:|@|$)/.test(image);
      cur = { env: new Map(parent?.env ?? []), args: new Map(), official, workdir: parent?.workdir ?? (official ? '/opt/airflow' : '/'), ...(parent?.cfg ? { cfg: parent.cfg } : {}) };
      const name = from.getBuildStage();
      if (name) cur.name = name;
      stages.push(cur);
      if (/(^|\/)apache\/airflow:/.test(image)) {
        out.airflow = true;
        setVersion(versionOf(image.split(':').pop()?.split('@')[0], `${file}:${line} (FROM tag)`), true);
      }
    } else if (kw === 'ENV' && cur) {
      for (const p of (ins as Env).getProperties()) {
        const value = expand(p.getUnescapedValue() ?? '', vars);
        const args = buildArgsIn(value);
        cur.env.set(p.getName(), args.length ? { value: value.replace(/\u0000([^\u0000]*)\u0000/g, '$$$1'), line, buildArgs: args, marked: value } : { value, line });
      }
      if (cur.env.has('AIRFLOW_HOME')) out.airflowHome = cur.env.get('AIRFLOW_HOME')!.value;
    } else if (kw === 'RUN') {
      const body = expand(ins.getRawArgumentsContent() ?? '', vars);
      const pin = /apache-airflow(?:\[[^\]]*\])?==([0-9][0-9A-Za-z.+-]*)/.exec(body);
      if (pin || /\bapache-airflow\b/.test(body)) out.airflow = true;
      if (pin) setVersion(versionOf(pin[1], `${file}:${line} (apache-airflow pin)`), true);
      const cons = /constraints-(\d+\.\d+\.\d+)/.exec(body);
      if (cons) setVersion(versionOf(cons[1], `${file}:${line} (constraints file)`), false);
    } else if (kw === 'COPY' && cur && contextDir) {
      const copy = ins as Copy;
      if (copy.getFlags().some((f) => f.getName() === 'from')) continue;
      const args = copy.getArguments().map((a) => expand(a.getValue(), vars));
      if (args.length < 2) continue;
      const rawDest = args[args.length - 1]!;
      const dest = posix.normalize(posix.isAbsolute(rawDest) ? rawDest : posix.join(cur.workdir, rawDest));
      const home = cur.env.get('AIRFLOW_HOME')?.value ?? '/opt/airflow';
      const cfgPath = posix.normalize(cur.env.get('AIRFLOW_CONFIG')?.value ?? posix.join(home, 'airflow.cfg'));
      // AIRFLOW_HOME (and the config's folder) is a folder of the image: COPY x /opt/airflow puts x in it
      const intoDir = rawDest.endsWith('/') || args.length > 2 || dest === posix.normalize(home) || dest === posix.dirname(cfgPath);
      for (const src of args.slice(0, -1)) {
        let from = src;
        if (isContextDir(contextDir, src)) {
          // a folder's contents land under dest: is the config one of them?
          if (!cfgPath.startsWith(`${dest.replace(/\/$/, '')}/`)) continue;
          from = posix.join(src, cfgPath.slice(dest.replace(/\/$/, '').length + 1));
          if (!existsSync(resolve(contextDir, from.replace(/^\/+/, '')))) continue;
        } else if (posix.normalize(intoDir ? posix.join(dest, posix.basename(src)) : dest) !== cfgPath) continue;
        const read = readContextFile(contextDir, from);
        if ('error' in read) problems.push({ line, message: `COPY ${from}: ${read.error}` });
        else cur.cfg = { file: read.file, text: read.text, line };
      }
    } else if (kw === 'WORKDIR' && cur) {
      const dir = expand(ins.getRawArgumentsContent() ?? '', vars).trim();
      if (dir) cur.workdir = posix.normalize(posix.isAbsolute(dir) ? dir : posix.join(cur.workdir, dir));
    }
  }
  const last = stages[stages.length - 1];
  if (last) {
    out.env = last.env;
    out.official = last.official;
    if (last.cfg) out.cfg = last.cfg;
  }
  if (version) out.version = version;
  return out;
}

function isContextDir(contextDir: string, src: string): boolean {
  try {
    return statSync(resolve(contextDir, src.replace(/^\/+/, ''))).isDirectory();
  } catch {
    return false;
  }
}

function readContextFile(contextDir: string, src: string): { file: string; text: string } | { error: string } {
  const abs = resolve(contextDir, src.replace(/^\/+/, ''));
  try {
    if (!existsSync(abs)) return { error: 'not in the build context' };
    const real = realpathSync(abs);
    const rel = relative(realpathSync(contextDir), real);
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return { error: 'outside the build context: not read' };
    if (statSync(real).size > MAX_CFG_BYTES) return { error: `larger than ${MAX_CFG_BYTES} bytes: not read` };
    return { file: join(contextDir, src).split(sep).join('/'), text: readFileSync(real, 'utf8') };
  } catch (e) {
    return { error: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}
