// The Docker engine: which client to call, whether the engine answers, and starting it.
//
// Client choice: Debian's /usr/bin/docker (20.10, same API as the 20.10 engine, builds with
// BuildKit through DOCKER_BUILDKIT=1) when present, else `docker` on PATH. The 28.x client in
// /usr/local/bin negotiates the API version down by itself but wants the buildx plugin for
// BuildKit. FLIGHTCHECK_DOCKER overrides the choice; DOCKER_API_VERSION is passed through.
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { aptInstall } from './apt.mjs';
import { findCommand, rootPrefix, run } from './exec.mjs';
import { done, since, step, SetupError } from './log.mjs';

const PART = 'docker';

/** Absolute path of the docker client the scripts use. */
export async function dockerBin() {
  if (process.env.FLIGHTCHECK_DOCKER) return process.env.FLIGHTCHECK_DOCKER;
  if (existsSync('/usr/bin/docker')) return '/usr/bin/docker';
  const onPath = await findCommand('docker');
  if (!onPath) throw new SetupError('no docker client found', { hint: 'run `node tools/setup.mjs --only docker`' });
  return onPath;
}

/** Runs the chosen docker client (BuildKit on for `build`). */
export async function docker(args, options = {}) {
  const env = { DOCKER_BUILDKIT: '1', ...options.env };
  return run(await dockerBin(), args, { ...options, env });
}

/** The engine's version when `docker info` answers within a few seconds, else null. */
export async function engineVersion() {
  let bin;
  try {
    bin = await dockerBin();
  } catch {
    return null;
  }
  const out = await run(bin, ['info', '--format', '{{.ServerVersion}}'], { timeout: '10s', nothrow: true });
  const version = out.stdout.trim();
  return out.exitCode === 0 && version && !version.startsWith('<') ? version : null;
}

function pidAlive(pidFile) {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (!pid) return false;
    process.kill(pid, 0);
    return pid;
  } catch {
    return false;
  }
}

async function logFile() {
  const preferred = '/var/log/dockerd.log';
  try {
    await fs.appendFile(preferred, '');
    return preferred;
  } catch {
    return path.join(os.tmpdir(), 'flightcheck-dockerd.log');
  }
}

async function tail(file, lines = 15) {
  try {
    return (await fs.readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Starts dockerd detached (it outlives this script); returns { pid, log, exited() }. */
async function startDockerd() {
  const prefix = await rootPrefix();
  if (prefix === null) {
    throw new SetupError('starting dockerd needs root', { hint: 'run as root, with sudo, or start the engine yourself' });
  }
  const log = await logFile();
  const extra = (process.env.FLIGHTCHECK_DOCKERD_ARGS ?? '').split(/\s+/).filter(Boolean);
  const [cmd, ...args] = [...prefix, 'dockerd', ...extra];
  const fd = openSync(log, 'a');
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exitCode = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? signal;
  });
  child.unref();
  return { pid: child.pid, log, exited: () => exitCode };
}

/**
 * Makes sure the engine answers: installs docker.io when dockerd is missing, starts dockerd when
 * nothing runs, waits up to `waitSeconds`. Returns the engine version.
 */
export async function ensureDocker({ waitSeconds = Number(process.env.FLIGHTCHECK_DOCKER_WAIT ?? 60) } = {}) {
  const start = Date.now();
  const running = await engineVersion();
  if (running) {
    done(PART, `engine ${running} answers (client ${await dockerBin()})`);
    return running;
  }
  if (!(await findCommand('dockerd')) && !existsSync('/usr/sbin/dockerd')) {
    step(PART, 'dockerd not found: installing docker.io');
    await aptInstall(PART, ['docker.io']);
  }
  let started = null;
  const owner = pidAlive('/var/run/docker.pid');
  if (owner) {
    step(PART, `dockerd already running as pid ${owner}: waiting for it to answer`);
  } else {
    started = await startDockerd();
    step(PART, `started dockerd as pid ${started.pid} (log: ${started.log})`);
  }
  const deadline = Date.now() + waitSeconds * 1000;
  while (Date.now() < deadline) {
    const version = await engineVersion();
    if (version) {
      done(PART, `engine ${version} answers after ${since(start)} (client ${await dockerBin()})`);
      return version;
    }
    if (started && started.exited() !== null) {
      throw new SetupError(`dockerd exited (${started.exited()}) before answering:\n${await tail(started.log)}`, {
        hint: `see ${started.log}; extra daemon flags can be given in FLIGHTCHECK_DOCKERD_ARGS`,
      });
    }
    await sleep(500);
  }
  const log = started ? `\n${await tail(started.log)}` : '';
  throw new SetupError(`docker info did not answer within ${waitSeconds}s${log}`, {
    hint: started ? `see ${started.log}` : 'check the running dockerd',
  });
}

/** Image id of `ref`, or null when the engine does not have it. */
export async function imageId(ref) {
  const out = await docker(['image', 'inspect', '--format', '{{.Id}}', ref], { timeout: '30s', nothrow: true });
  return out.exitCode === 0 ? out.stdout.trim() : null;
}
