// A throw-away local OCI registry (Debian's `docker-registry`, distribution 2.8) for the signing
// tests: bound to 127.0.0.1, with its own config file and storage in a temp dir. The system
// service of the package is never used.
//
//   import { startRegistry } from '../../tools/lib/registry.mjs';
//   const registry = await startRegistry();            // { port: 0 } = a free port
//   // registry.url  'http://127.0.0.1:41234'   registry.host  '127.0.0.1:41234'
//   // docker tag img 127.0.0.1:41234/airflow:test && docker push …   (127.0.0.0/8 is insecure-by-default)
//   await registry.stop();                               // kills it and removes its temp dir
//
//   FLIGHTCHECK_REGISTRY_BIN  registry binary to run (default: /usr/bin/docker-registry, else PATH)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { aptInstall } from './apt.mjs';
import { findCommand } from './exec.mjs';
import { done, since, step, SetupError } from './log.mjs';

const PART = 'registry';

export class RegistryError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RegistryError';
  }
}

/** Path of the registry binary, or null. */
export async function registryBin() {
  if (process.env.FLIGHTCHECK_REGISTRY_BIN) return process.env.FLIGHTCHECK_REGISTRY_BIN;
  if (existsSync('/usr/bin/docker-registry')) return '/usr/bin/docker-registry';
  return findCommand('docker-registry');
}

/** A TCP port that was free a moment ago on `host`. */
export async function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when nothing listens on host:port. */
export async function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The registry config (distribution 0.1 format) as YAML text. */
export function registryConfig({ host, port, storageDir }) {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storageDir)}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: ${JSON.stringify(`${host}:${port}`)}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    '  headers:',
    '    X-Content-Type-Options: [nosniff]',
    '',
  ].join('\n');
}

async function answers(url) {
  try {
    const response = await fetch(`${url}/v2/`, { signal: AbortSignal.timeout(1000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function tail(file) {
  try {
    return (await fs.readFile(file, 'utf8')).trimEnd().split('\n').slice(-10).join('\n');
  } catch {
    return '';
  }
}

async function launch({ bin, host, port, dir, storageDir, timeoutMs }) {
  const configFile = path.join(dir, 'config.yml');
  const logFile = path.join(dir, 'registry.log');
  await fs.writeFile(configFile, registryConfig({ host, port, storageDir }));
  const fd = openSync(logFile, 'a');
  const child = spawn(bin, ['serve', configFile], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = code ?? signal;
  });
  child.on('error', (error) => {
    exited = error.message;
  });
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await answers(url)) return { child, url, configFile, logFile };
    if (exited !== null) {
      const log = await tail(logFile);
      return { failed: `registry exited (${exited}) before answering${log ? `:\n${log}` : ''}`, busy: /address already in use/.test(log) };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  return { failed: `registry did not answer ${url}/v2/ within ${timeoutMs} ms:\n${await tail(logFile)}` };
}

/**
 * Starts a registry on host:port (port 0 = pick a free one) and waits until GET /v2/ answers 200.
 * Options: port (0), host ('127.0.0.1'), storageDir (default: inside the temp dir, removed by stop),
 * timeoutMs (15000). Returns { url, host, port, pid, storageDir, configFile, logFile, stop() }.
 */
export async function startRegistry({ port = 0, host = '127.0.0.1', storageDir, timeoutMs = 15000 } = {}) {
  const bin = await registryBin();
  if (!bin) throw new RegistryError('docker-registry is not installed: run `node tools/setup.mjs --only registry`');
  if (port && !(await portFree(port, host))) throw new RegistryError(`cannot start a registry: ${host}:${port} is already in use`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flightcheck-registry-'));
  const storage = storageDir ?? path.join(dir, 'storage');
  await fs.mkdir(storage, { recursive: true });
  let started = { failed: `no free port found on ${host}` };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const chosen = port || (await freePort(host));
    if (!port && !(await portFree(chosen, host))) continue;
    started = await launch({ bin, host, port: chosen, dir, storageDir: storage, timeoutMs });
    if (!started.failed) {
      started.port = chosen;
      break;
    }
    if (port || !started.busy) break;
  }
  if (started.failed) {
    await fs.rm(dir, { recursive: true, force: true });
    throw new RegistryError(started.failed);
  }
  const { child } = started;
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let stopped = null;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      }
      await fs.rm(dir, { recursive: true, force: true });
    })();
    return stopped;
  };
  return {
    url: started.url,
    host: `${host}:${started.port}`,
    port: started.port,
    pid: child.pid,
    storageDir: storage,
    configFile: started.configFile,
    logFile: started.logFile,
    stop,
  };
}

/** Setup part: the package is installed and a registry really starts, answers and stops. */
export async function ensureRegistry() {
  const start = Date.now();
  if (!(await registryBin())) await aptInstall(PART, ['docker-registry']);
  const bin = await registryBin();
  if (!bin) throw new SetupError('docker-registry installed but /usr/bin/docker-registry is missing');
  step(PART, `smoke test: starting ${bin} on 127.0.0.1`);
  const registry = await startRegistry();
  await registry.stop();
  done(PART, `${bin} answered ${registry.url}/v2/ and stopped (${since(start)})`);
  return { bin };
}
