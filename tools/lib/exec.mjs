// Every external command of the setup scripts goes through `run`, which always has a timeout
// and turns a failure into a `CommandError` naming the command, its exit status and the tail of
// its output. Node's own child_process, no shell and no zx: a setup script starts in a tenth of the time.
import { spawn } from 'node:child_process';
import which from 'which';

export class CommandError extends Error {
  constructor(command, output, timedOut, timeout) {
    const status = timedOut
      ? `timed out after ${timeout}`
      : output.signal
        ? `killed by ${output.signal}`
        : `exit code ${output.exitCode}`;
    const tail = tailLines(`${output.stderr}\n${output.stdout}`, 8);
    super(`\`${command}\` failed: ${status}${tail ? `\n${tail}` : ''}`);
    this.name = 'CommandError';
    this.exitCode = output.exitCode;
    this.signal = output.signal;
    this.stdout = output.stdout;
    this.stderr = output.stderr;
  }
}

function tailLines(text, count) {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(-count)
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Milliseconds of a duration ('90s', '2m', '500ms' or a number of ms). */
export function durationMs(duration) {
  if (typeof duration === 'number') return duration;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(duration).trim());
  if (!match) throw new Error(`bad duration ${duration}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 'ms'];
}

/** Output kept per stream of one command: a runaway command cannot fill this process's memory. */
export const MAX_OUTPUT_BYTES = 16 << 20;

const live = new Set();
let handlersInstalled = false;

/** Stopping the script (Ctrl-C, a CI cancel) stops the process groups it started, then the script. */
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      for (const pid of live) {
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      }
      process.exit(code);
    });
  }
}

/**
 * Runs `cmd args…` without a shell interpretation of the arguments.
 * Options: timeout (duration, default '120s'), env (merged into process.env), cwd, input,
 * nothrow (resolve with the output instead of throwing), stream (show output live).
 * Resolves with { stdout, stderr, exitCode, signal }; each stream keeps at most MAX_OUTPUT_BYTES (the rest
 * is dropped and said so at its end).
 */
export async function run(cmd, args = [], options = {}) {
  installSignalHandlers();
  const { timeout = '120s', env, cwd, input, nothrow = false, stream = false } = options;
  const command = [cmd, ...args].join(' ');
  const limit = durationMs(timeout);
  const output = await new Promise((resolve) => {
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    // its own process group, so a timeout stops whatever the command started too
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], detached: true });
    if (child.pid) live.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, limit);
    const keep = (chunks, d) => {
      chunks.size = (chunks.size ?? 0) + d.length;
      if (chunks.size <= MAX_OUTPUT_BYTES) chunks.push(d);
    };
    child.stdout.on('data', (d) => (keep(stdout, d), stream && process.stdout.write(d)));
    child.stderr.on('data', (d) => (keep(stderr, d), stream && process.stderr.write(d)));
    if (input !== undefined) child.stdin.end(input);
    const finish = (exitCode, signal, error) => {
      clearTimeout(timer);
      live.delete(child.pid);
      const text = (chunks) => Buffer.concat(chunks).toString('utf8') + ((chunks.size ?? 0) > MAX_OUTPUT_BYTES ? `\n[output beyond ${MAX_OUTPUT_BYTES} bytes dropped]\n` : '');
      const err = text(stderr);
      resolve({ stdout: text(stdout), stderr: error ? `${err}${error.message}\n` : err, exitCode, signal, timedOut });
    };
    child.on('error', (error) => finish(error.code === 'ENOENT' ? 127 : 126, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
  if (output.exitCode !== 0 && !nothrow) throw new CommandError(command, output, output.timedOut, timeout);
  return output;
}

/** True when `cmd args…` exits 0 within the timeout. */
export async function succeeds(cmd, args = [], options = {}) {
  const output = await run(cmd, args, { timeout: '15s', ...options, nothrow: true });
  return output.exitCode === 0;
}

/** Absolute path of a command on PATH, or null. */
export async function findCommand(name) {
  return which(name, { nothrow: true });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The command prefix that gives root: nothing when we are root, `sudo -n` when password-less
 * sudo works (GitHub runners), otherwise null.
 */
export async function rootPrefix() {
  if (isRoot) return [];
  if ((await findCommand('sudo')) && (await succeeds('sudo', ['-n', 'true']))) return ['sudo', '-n'];
  return null;
}

/** Runs a command as root (directly or via sudo); throws `needsRoot` when neither is possible. */
export async function runAsRoot(cmd, args = [], options = {}) {
  const prefix = await rootPrefix();
  if (prefix === null) throw options.needsRoot ?? new Error(`\`${cmd}\` needs root and sudo is not available`);
  const [head, ...rest] = [...prefix, cmd, ...args];
  return run(head, rest, options);
}
