// Progress lines and the error class of the setup scripts.
// Every line names the part it belongs to, so a CI log reads top to bottom:
//   › [docker] starting dockerd (log: /var/log/dockerd.log)
//   ✓ [docker] engine 20.10.24+dfsg1 answers (4.1s)
// ANSI colours, only on a terminal and without NO_COLOR
const ansi = (code) => (text) => `\u001b[${code}m${text}\u001b[39m`;
const chalk = { cyan: ansi(36), green: ansi(32), yellow: ansi(33), red: ansi(31) };

/** A failure the user can act on: `message` says what failed, `hint` what to do. */
export class SetupError extends Error {
  constructor(message, { hint, cause } = {}) {
    super(message, cause ? { cause } : undefined);
    this.name = 'SetupError';
    this.hint = hint;
  }
}

const useColor = process.stdout.isTTY && !('NO_COLOR' in process.env);
const paint = (fn, text) => (useColor ? fn(text) : text);

/** Something is about to happen. */
export function step(part, message) {
  console.log(`${paint(chalk.cyan, '›')} [${part}] ${message}`);
}

/** Something is done (or was already there). */
export function done(part, message) {
  console.log(`${paint(chalk.green, '✓')} [${part}] ${message}`);
}

/** Something odd that does not stop the run. */
export function warn(part, message) {
  console.log(`${paint(chalk.yellow, '!')} [${part}] ${message}`);
}

/** The run stops here. */
export function fail(part, error) {
  const lines = [`${paint(chalk.red, '✗')} [${part}] ${error.message}`];
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  console.error(lines.join('\n'));
}

/** Milliseconds since `start`, as "1.2s". */
export function since(start) {
  return `${((Date.now() - start) / 1000).toFixed(1)}s`;
}

/**
 * Runs `work()` and prints a line every `everyMs` (default 10 s) while it runs: what is happening, for
 * how long, and how far when `progress()` can say (e.g. "41 MB downloaded"). Resolves with work's value.
 */
export async function withHeartbeat(part, what, work, { progress, everyMs = 10_000 } = {}) {
  const start = Date.now();
  const timer = setInterval(async () => {
    let far = '';
    try {
      far = progress ? await progress() : '';
    } catch {
      far = '';
    }
    step(part, `still ${what} (${since(start)}${far ? `, ${far}` : ''})`);
  }, everyMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
