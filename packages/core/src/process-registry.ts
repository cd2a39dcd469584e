import { readdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * The process groups of every tool flightcheck has started and that has not ended yet. They are killed when
 * flightcheck ends for any reason: a normal exit, an uncaught exception (both end in 'exit'), SIGINT,
 * SIGTERM or SIGHUP (a user, a CI job's timeout, the Nx task runner stopping the task). A SIGKILL of
 * flightcheck runs no handler: for that, each tool is also started with a parent-death signal (see
 * tool-runner.ts) and every tool has its own wall timeout.
 */
const live = new Map<number, string>();
/** Temporary folders of running work (scripts written for ShellCheck, unpacked layers): removed on any end too. */
const tempDirs = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_NUMBERS: Record<(typeof SIGNALS)[number], number> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
let installed = false;

/** Kills one process group (the tool and anything it started); a group that is gone already is fine. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Kills every live group. Synchronous: it runs in the 'exit' handler too. */
export function killAllGroups(): number {
  const n = live.size;
  for (const pid of live.keys()) killGroup(pid);
  live.clear();
  return n;
}

/** Kills every live group and removes every registered temporary folder (synchronous). */
export function cleanUpAll(): void {
  killAllGroups();
  for (const d of tempDirs) {
    try {
      rmSync(d, { recursive: true, force: true });
    } catch {
      // best effort on the way out
    }
  }
  tempDirs.clear();
}

function onSignal(signal: (typeof SIGNALS)[number]): void {
  cleanUpAll();
  process.removeListener(signal, handlers[signal]);
  // Someone else (a host such as Nx) handles the signal too: leave the exit to it.
  if (process.listenerCount(signal) > 0) return;
  // Otherwise end as the signal would have ended us (exit status 128 + n for the caller).
  process.exitCode = 128 + SIGNAL_NUMBERS[signal];
  process.kill(process.pid, signal);
}

const handlers = Object.fromEntries(SIGNALS.map((s) => [s, () => onSignal(s)])) as Record<(typeof SIGNALS)[number], () => void>;

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanUpAll);
  for (const s of SIGNALS) process.on(s, handlers[s]);
}

/** Records a started tool's process group (its pid: it leads its own group). */
export function registerGroup(pid: number, name: string): void {
  install();
  live.set(pid, name);
}

/** Records a temporary folder to remove if flightcheck ends before its owner removes it. */
export function registerTempDir(dir: string): void {
  install();
  tempDirs.add(dir);
}

export function unregisterTempDir(dir: string): void {
  tempDirs.delete(dir);
}

/** Forgets a group whose leader has ended. */
export function unregisterGroup(pid: number): void {
  live.delete(pid);
}

/** The live groups, pid → tool name (diagnostics and tests). */
export function liveGroups(): ReadonlyMap<number, string> {
  return live;
}

/**
 * Live (not zombie) processes on this machine that belong to process group `pgid`, or that carry
 * `FLIGHTCHECK_OWNER=<owner>` in their environment (the runner marks every tool with it). Linux /proc;
 * processes that cannot be read are skipped.
 */
export function findProcesses(match: { pgid?: number; owner?: number }): { pid: number; command: string }[] {
  const out: { pid: number; command: string }[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      if (fields[0] === 'Z' || fields[0] === 'X') continue;
      const command = stat.slice(stat.indexOf('(') + 1, close);
      if (match.pgid !== undefined && Number(fields[2]) === match.pgid) out.push({ pid: Number(e), command });
      else if (match.owner !== undefined && readFileSync(`/proc/${e}/environ`, 'latin1').split('\0').includes(`FLIGHTCHECK_OWNER=${match.owner}`)) out.push({ pid: Number(e), command });
    } catch {
      // ended meanwhile, or not ours to read
    }
  }
  return out;
}
