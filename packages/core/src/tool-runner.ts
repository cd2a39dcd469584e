import { accessSync, constants, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import which from 'which';
import { ToolFailedError, ToolNotFoundError, ToolOutputTooLargeError, ToolTimeoutError } from './errors.js';

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
  timeoutMs?: number;
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

/** Finds a tool at its configured path or on PATH; throws ToolNotFoundError naming what to install. */
export async function findTool(spec: ToolSpec): Promise<Tool> {
  if (spec.path) {
    if (!isExecutable(spec.path)) throw new ToolNotFoundError(spec.name, `${spec.path} is not an executable file; ${spec.installHint}`);
    return { name: spec.name, path: spec.path };
  }
  // `which` (npm's own PATH lookup) is small; zx, used here before, cost ~170 ms of start-up to import
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

/**
 * Runs a tool with a timeout and bounded output. Never uses a shell. A non-zero exit that is not in
 * `okCodes` is returned, not thrown: callers map exit codes; `assertOk` throws ToolFailedError.
 */
export function runTool(tool: Tool, args: readonly string[], opts: RunToolOptions = {}): Promise<ToolRun> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const started = Date.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool.path, [...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      // its own process group, so that a timeout stops the tool's children too
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: Error | undefined;
    let settled = false;
    const kill = (e: Error) => {
      if (failure) return;
      failure = e;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      child.stdout.destroy();
      child.stderr.destroy();
      // do not wait for grandchildren that may hold the pipes
      settled = true;
      clearTimeout(timer);
      reject(e);
    };
    const timer = setTimeout(() => kill(new ToolTimeoutError(tool.name, timeoutMs)), timeoutMs);
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
      if (settled) return;
      settled = true;
      if (e.code === 'ENOENT') reject(new ToolNotFoundError(tool.name, `${tool.path} vanished`));
      else reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      if (failure) return reject(failure);
      resolvePromise({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: redact(Buffer.concat(err).toString('utf8'), opts.secrets),
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
