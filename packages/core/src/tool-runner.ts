import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ToolFailedError, ToolLimitError, ToolNotFoundError, ToolOutputTooLargeError, ToolTimeoutError } from './errors.js';
import { findUp, loadPolicy, POLICY_FILE } from './policy.js';
import { registerGroup, unregisterGroup, killGroup } from './process-registry.js';
import { formatSize, resolveToolLimits, type ToolLimits, type ToolLimitsConfig, type ToolLimitsInput } from './tool-limits.js';

/**
 * child_process, loaded when a tool first starts: it pulls in net, dgram and the streams (~10 ms of start-up)
 * that a check which starts no tool (compliance, pod-security, rbac …) never needs.
 */
const childProcess = (): typeof import('node:child_process') => process.getBuiltinModule('node:child_process');

export interface ToolSpec {
  /** Binary name on PATH: `hadolint`, `trivy`, `cosign`. */
  name: string;
  /** What to tell a user who does not have it. */
  installHint: string;
  /** An explicit path (option or environment variable) that wins over PATH. */
  path?: string;
  /** Arguments that print the version. */
  versionArgs?: string[];
}

export interface Tool {
  name: string;
  path: string;
}

export interface RunToolOptions {
  /** The wall timeout chosen for the job (a user's `tools:` setting or FLIGHTCHECK_<TOOL>_TIMEOUT_SECONDS wins). */
  timeoutMs?: number;
  /** Memory and CPU bounds chosen for the job (defaults: 1 GiB, CPU seconds = the wall timeout). */
  limits?: Omit<ToolLimitsInput, 'timeoutMs'>;
  /** Bytes of stdout + stderr kept at the most; the process is killed past it. */
  maxOutputBytes?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string | Buffer;
  /** Values that must never appear in a printed command line or error (passwords, keys). */
  secrets?: string[];
  /** Exit codes that are not failures (besides 0). */
  okCodes?: number[];
  /** Called with each chunk of stderr (progress streaming). */
  onStderr?: (chunk: string) => void;
  /** Called with each chunk of stdout (progress streaming, e.g. a build log). */
  onStdout?: (chunk: string) => void;
}

export interface ToolRun {
  code: number;
  /** The signal that ended the tool, if one did. */
  signal?: NodeJS.Signals;
  /** The bounds it ran under. */
  limits: ToolLimits;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export const DEFAULT_TIMEOUT_MS = 5 * 60_000;
export const DEFAULT_MAX_OUTPUT = 64 << 20;

function isExecutable(p: string): boolean {
  try {
    const st = statSync(p);
    if (!st.isFile() || (st.mode & 0o111) === 0) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when some folder of PATH holds an entry of that name (executable or not: `which` decides that). */
function anyOnPath(name: string): boolean {
  if (name.includes('/')) return true;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      statSync(join(dir || '.', name));
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** Finds a tool at its configured path or on PATH; throws ToolNotFoundError naming what to install. */
export async function findTool(spec: ToolSpec): Promise<Tool> {
  if (spec.path) {
    if (!isExecutable(spec.path)) throw new ToolNotFoundError(spec.name, `${spec.path} is not an executable file; ${spec.installHint}`);
    return { name: spec.name, path: spec.path };
  }
  // No file of that name in any PATH folder: not found, without loading `which` (its isexe pulls in
  // fs/promises, readline and the streams, ~10 ms of start-up for a check whose `engine: auto` finds no tool).
  if (!anyOnPath(spec.name)) throw new ToolNotFoundError(spec.name, spec.installHint);
  // `which` (npm's own PATH lookup) decides what is there: executable bits, PATHEXT, symlinks
  const { default: which } = await import('which');
  const found = await which(spec.name, { nothrow: true });
  if (!found) throw new ToolNotFoundError(spec.name, spec.installHint);
  return { name: spec.name, path: found };
}

/** True when the tool can be found (for `engine: auto`). */
export async function hasTool(spec: ToolSpec): Promise<boolean> {
  try {
    await findTool(spec);
    return true;
  } catch {
    return false;
  }
}

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('***');
  return out;
}

/** A command line for logs, with secrets masked and arguments quoted. */
export function describeCommand(tool: Tool, args: readonly string[], secrets: readonly string[] = []): string {
  return redact([tool.path, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' '), secrets);
}

let configured: ToolLimitsConfig | undefined;

/** flightcheck.yaml's `tools:` from the current directory up, when nothing configured the limits explicitly. */
function configuredLimits(): ToolLimitsConfig {
  if (!configured) {
    const file = findUp(POLICY_FILE, process.cwd());
    configured = (file ? loadPolicy(file).tools : undefined) ?? { all: {}, byTool: {} };
  }
  return configured;
}

/** Sets the `tools:` limits of flightcheck.yaml for every later run (the CLI and the executors call it). */
export function configureToolLimits(config: ToolLimitsConfig): void {
  configured = config;
}

/** The limits a tool would run under now (for messages such as "exceeded 1 GiB / 10 s"). */
export function toolLimitsFor(name: string, opts: Pick<RunToolOptions, 'timeoutMs' | 'limits'> = {}): ToolLimits {
  return resolveToolLimits(name, { ...opts.limits, ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) }, configuredLimits(), process.env);
}

/** "1 GiB / 10 s": a tool's bounds in a finding's message. */
export function describeLimits(l: ToolLimits): string {
  return `${formatSize(l.memoryBytes)} / ${Math.round(l.timeoutMs / 1000)} s`;
}

const launchers = new Map<string, string | undefined>();
function onPath(name: string): string | undefined {
  if (!launchers.has(name)) {
    const dirs = ['/usr/bin', '/bin', '/usr/sbin', '/sbin', ...(process.env.PATH ?? '').split(delimiter)].filter(Boolean);
    launchers.set(name, dirs.map((d) => join(d, name)).find(isExecutable));
  }
  return launchers.get(name);
}

/**
 * The command line that starts `tool` under its bounds: util-linux's `setpriv --pdeathsig KILL` (the tool dies
 * with flightcheck even when flightcheck is SIGKILLed) and `prlimit` (RLIMIT_AS and RLIMIT_CPU; the soft CPU
 * limit sends SIGXCPU, the hard one, 5 s later, SIGKILL). Both exec the tool: its pid, and so its process
 * group, stay the same. Without prlimit no tool runs: the check fails closed.
 */
export function boundedCommand(tool: Tool, args: readonly string[], l: ToolLimits): { file: string; args: string[] } {
  const prlimit = onPath('prlimit');
  if (!prlimit) throw new ToolNotFoundError('prlimit', `flightcheck runs ${tool.name} with a memory and CPU bound through prlimit: apt-get install util-linux`);
  const bounded = [`--as=${l.memoryBytes}`, `--cpu=${l.cpuSeconds}:${l.cpuSeconds + 5}`, '--', tool.path, ...args];
  const setpriv = onPath('setpriv');
  return setpriv ? { file: setpriv, args: ['--pdeathsig', 'KILL', '--', prlimit, ...bounded] } : { file: prlimit, args: bounded };
}

/** What a tool prints when an allocation fails under RLIMIT_AS (GHC, Go, glibc, C++, Rust). */
const OUT_OF_MEMORY = /out of memory|cannot allocate memory|memory exhausted|std::bad_alloc|cannot reserve arena|memory allocation of \d+ bytes failed|failed to allocate|^MemoryError/im;

/** Marks every process flightcheck starts, so that a survivor can be found (FLIGHTCHECK_OWNER=<flightcheck's pid>). */
export const OWNER_ENV = 'FLIGHTCHECK_OWNER';

/**
 * Runs a tool under its bounds (memory, CPU time, wall time, output) in its own process group, recorded so
 * that it is killed if flightcheck ends first. Never uses a shell. A non-zero exit that is not in `okCodes`
 * is returned, not thrown: callers map exit codes; `assertOk` throws ToolFailedError. A bound that is hit
 * throws: ToolTimeoutError, ToolLimitError (memory, CPU), ToolOutputTooLargeError.
 */
export function runTool(tool: Tool, args: readonly string[], opts: RunToolOptions = {}): Promise<ToolRun> {
  const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    let command: { file: string; args: string[] };
    let limits: ToolLimits;
    try {
      limits = toolLimitsFor(tool.name, opts);
      command = boundedCommand(tool, args, limits);
    } catch (e) {
      return reject(e);
    }
    const child = childProcess().spawn(command.file, command.args, {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env, [OWNER_ENV]: String(process.pid) },
      stdio: ['pipe', 'pipe', 'pipe'],
      // its own process group, so that a timeout stops the tool's children too
      detached: true,
    });
    if (child.pid) registerGroup(child.pid, tool.name);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: Error | undefined;
    let settled = false;
    const kill = (e: Error) => {
      if (failure) return;
      failure = e;
      if (child.pid) {
        killGroup(child.pid);
        unregisterGroup(child.pid);
      } else child.kill('SIGKILL');
      child.stdout.destroy();
      child.stderr.destroy();
      // do not wait for grandchildren that may hold the pipes
      settled = true;
      clearTimeout(timer);
      reject(e);
    };
    const timer = setTimeout(() => kill(new ToolTimeoutError(tool.name, limits.timeoutMs)), limits.timeoutMs);
    const take = (bucket: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) return kill(new ToolOutputTooLargeError(tool.name, max));
      bucket.push(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      take(out)(chunk);
      opts.onStdout?.(redact(chunk.toString('utf8'), opts.secrets));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      take(err)(chunk);
      opts.onStderr?.(redact(chunk.toString('utf8'), opts.secrets));
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (child.pid) unregisterGroup(child.pid);
      if (settled) return;
      settled = true;
      if (e.code === 'ENOENT') reject(new ToolNotFoundError(tool.name, `${command.file} vanished`));
      else reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (child.pid) {
        // the leader has ended: anything it left in its group goes with it
        killGroup(child.pid);
        unregisterGroup(child.pid);
      }
      if (settled) return;
      settled = true;
      if (failure) return reject(failure);
      const stderr = redact(Buffer.concat(err).toString('utf8'), opts.secrets);
      if (signal === 'SIGXCPU' || (signal === 'SIGKILL' && Date.now() - started >= limits.cpuSeconds * 1000)) {
        return reject(new ToolLimitError(tool.name, 'cpu', `${limits.cpuSeconds} s`));
      }
      const ok = code === 0 || (code !== null && opts.okCodes?.includes(code));
      if (!ok && OUT_OF_MEMORY.test(stderr.slice(-4096))) return reject(new ToolLimitError(tool.name, 'memory', formatSize(limits.memoryBytes)));
      if (code === 127 && /^(setpriv|prlimit): failed to execute/m.test(stderr)) return reject(new ToolNotFoundError(tool.name, `${tool.path} could not be started: ${stderr.trim().split('\n')[0]}`));
      resolvePromise({
        code: code ?? -1,
        ...(signal ? { signal } : {}),
        limits,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        durationMs: Date.now() - started,
      });
    });
    child.stdin.on('error', () => {});
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
  });
}

export function assertOk(tool: Tool, run: ToolRun, okCodes: number[] = []): ToolRun {
  if (run.code !== 0 && !okCodes.includes(run.code)) throw new ToolFailedError(tool.name, run.code, run.stderr);
  return run;
}

/** Reads a tool's version: the first line of its version output that holds a version number. */
export async function toolVersion(tool: Tool, args: string[] = ['--version'], timeoutMs = 15_000): Promise<string> {
  const run = await runTool(tool, args, { timeoutMs, maxOutputBytes: 1 << 20 });
  const text = `${run.stdout}\n${run.stderr}`;
  const m = /v?(\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?)/.exec(text);
  return m ? m[1]! : text.trim().split('\n')[0]!.slice(0, 80) || 'unknown';
}
