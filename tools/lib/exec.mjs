// Every external command of the setup scripts goes through `run`, which always has a timeout
// and turns a failure into a `CommandError` naming the command, its exit status and the tail of
// its output.
import { $, which } from 'zx';

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

/** Milliseconds of a zx duration ('90s', '2m', '500ms' or a number of ms). */
export function durationMs(duration) {
  if (typeof duration === 'number') return duration;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(String(duration).trim());
  if (!match) throw new Error(`bad duration ${duration}`);
  return Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? 'ms'];
}

/**
 * Runs `cmd args…` without a shell interpretation of the arguments.
 * Options: timeout (zx duration, default '120s'), env (merged into process.env), cwd, input,
 * nothrow (resolve with the output instead of throwing), stream (show output live).
 * Resolves with zx's ProcessOutput ({ stdout, stderr, exitCode, signal }).
 */
export async function run(cmd, args = [], options = {}) {
  const { timeout = '120s', env, cwd, input, nothrow = false, stream = false } = options;
  const command = [cmd, ...args].join(' ');
  const started = Date.now();
  const output = await $({
    timeout,
    cwd,
    input,
    env: { ...process.env, ...env },
    nothrow: true,
    quiet: !stream,
    verbose: false,
  })`${cmd} ${args}`;
  const timedOut = output.signal !== null && Date.now() - started >= durationMs(timeout) - 50;
  if (output.exitCode !== 0 && !nothrow) throw new CommandError(command, output, timedOut, timeout);
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
