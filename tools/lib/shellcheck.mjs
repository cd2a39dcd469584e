// ShellCheck from Debian's `shellcheck` package (hadolint's adapter and the built-in engine
// delegate RUN scripts to it when it is there).
import { aptInstall } from './apt.mjs';
import { findCommand, run } from './exec.mjs';
import { done, since } from './log.mjs';

const PART = 'shellcheck';

/** Makes sure `shellcheck` is on PATH; returns { path, version, reused }. */
export async function ensureShellcheck() {
  const start = Date.now();
  let bin = await findCommand('shellcheck');
  const reused = Boolean(bin);
  if (!bin) {
    await aptInstall(PART, ['shellcheck']);
    bin = await findCommand('shellcheck');
  }
  const out = await run(bin ?? 'shellcheck', ['--version'], { timeout: '20s' });
  const version = /version:\s*(\S+)/.exec(out.stdout)?.[1] ?? 'unknown';
  done(PART, `${bin} ${version}${reused ? ' already there' : ''} (${since(start)})`);
  return { path: bin, version, reused };
}
