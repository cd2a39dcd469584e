import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTool, registerTempDir, runTool, unregisterTempDir, type Tool } from '@flightcheck/core';
import { DockerUnavailableError, ImageNotFoundError } from './errors.js';

const INSTALL_HINT = 'install docker.io (Debian) and start the engine: `node tools/setup.mjs --only docker`';

/**
 * The docker client: FLIGHTCHECK_DOCKER, else Debian's /usr/bin/docker (same API version as the 20.10
 * engine), else `docker` on PATH.
 */
export async function dockerTool(env: Record<string, string | undefined> = process.env): Promise<Tool> {
  const path = env.FLIGHTCHECK_DOCKER ?? (existsSync('/usr/bin/docker') ? '/usr/bin/docker' : undefined);
  return findTool({ name: 'docker', installHint: INSTALL_HINT, ...(path ? { path } : {}) });
}

/** Throws DockerUnavailableError (with how to start one) unless the engine answers; returns its version. */
export async function assertEngine(tool: Tool): Promise<string> {
  const run = await runTool(tool, ['version', '--format', '{{.Server.Version}}'], { timeoutMs: 20_000, maxOutputBytes: 1 << 20 }).catch((e: Error) => {
    throw new DockerUnavailableError(e.message);
  });
  const version = run.stdout.trim();
  if (run.code !== 0 || !version || version.startsWith('<')) throw new DockerUnavailableError(run.stderr || run.stdout || `exit ${run.code}`);
  return version;
}

export interface ImageInspect {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Size?: number;
  Config?: { User?: string; Labels?: Record<string, string> | null };
}

/** `docker image inspect`; ImageNotFoundError when the engine does not know the reference. */
export async function inspectImage(tool: Tool, ref: string): Promise<ImageInspect> {
  if (!ref || ref.startsWith('-')) throw new ImageNotFoundError(ref);
  const run = await runTool(tool, ['image', 'inspect', '--format', '{{json .}}', ref], { timeoutMs: 60_000, maxOutputBytes: 16 << 20 });
  if (run.code !== 0) {
    if (/no such (image|object)/i.test(run.stderr)) throw new ImageNotFoundError(ref);
    if (/cannot connect|is the docker daemon running|connection refused|permission denied/i.test(run.stderr)) throw new DockerUnavailableError(run.stderr);
    throw new DockerUnavailableError(run.stderr || `docker image inspect exited ${run.code}`);
  }
  return JSON.parse(run.stdout) as ImageInspect;
}

export interface SavedImage {
  file: string;
  dir: string;
  /** Removes the temporary directory. */
  cleanup(): void;
}

/** `docker save` into a fresh temporary directory; the caller calls `cleanup()` when done. */
export async function saveImage(ref: string, opts: { tool?: Tool; timeoutMs?: number } = {}): Promise<SavedImage> {
  const tool = opts.tool ?? (await dockerTool());
  await assertEngine(tool);
  await inspectImage(tool, ref);
  const dir = mkdtempSync(join(tmpdir(), 'flightcheck-oci-'));
  const file = join(dir, 'image.tar');
  registerTempDir(dir);
  const cleanup = () => {
    rmSync(dir, { recursive: true, force: true });
    unregisterTempDir(dir);
  };
  try {
    const run = await runTool(tool, ['save', '-o', file, ref], { timeoutMs: opts.timeoutMs ?? 15 * 60_000, maxOutputBytes: 1 << 20 });
    if (run.code !== 0) throw new DockerUnavailableError(`docker save ${ref} failed: ${run.stderr}`);
  } catch (e) {
    cleanup();
    throw e;
  }
  return { file, dir, cleanup };
}
