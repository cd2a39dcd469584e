import { existsSync } from 'node:fs';
import { findTool, runTool, type Tool } from '@flightcheck/core';
import { DockerError } from './errors.js';
import { repositoryName, type ImageRef, parseImageRef } from './image-ref.js';

/** Debian's 20.10 client is preferred (the 28.x one on PATH wants buildx); else `docker` on PATH. */
export async function findDocker(explicit?: string): Promise<Tool> {
  const path = explicit ?? process.env.FLIGHTCHECK_DOCKER ?? (existsSync('/usr/bin/docker') ? '/usr/bin/docker' : undefined);
  return findTool({ name: 'docker', installHint: 'install docker.io and start the engine', ...(path ? { path } : {}) });
}

/** The repo digests (`repo@sha256:…`) of a local image, or null when the engine does not know the image. */
export async function localRepoDigests(docker: Tool, ref: string): Promise<string[] | null> {
  const run = await runTool(docker, ['image', 'inspect', '--format', '{{json .RepoDigests}}', ref], { timeoutMs: 30_000, maxOutputBytes: 1 << 20 });
  if (run.code !== 0) {
    if (/no such (image|object)/i.test(run.stderr)) return null;
    throw new DockerError(`docker image inspect ${ref} failed: ${run.stderr.trim().split('\n').pop()}`);
  }
  return parseRepoDigests(run.stdout);
}

export function parseRepoDigests(stdout: string): string[] {
  try {
    const data = JSON.parse(stdout.trim() || 'null') as unknown;
    return Array.isArray(data) ? data.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
}

/** The digest among `repoDigests` that belongs to `image`'s repository. */
export function digestForRepository(repoDigests: readonly string[], image: ImageRef): string | undefined {
  for (const rd of repoDigests) {
    try {
      const parsed = parseImageRef(rd);
      if (repositoryName(parsed) === repositoryName(image) && parsed.digest) return parsed.digest;
    } catch {
      // a repo digest we cannot parse names no repository of ours
    }
  }
  return undefined;
}

/** Pushes a local image (tag) to its registry and returns the pushed manifest digest. */
export async function pushImage(docker: Tool, ref: string, timeoutMs = 300_000): Promise<string> {
  const run = await runTool(docker, ['push', ref], { timeoutMs, maxOutputBytes: 8 << 20 });
  if (run.code !== 0) throw new DockerError(`docker push ${ref} failed: ${run.stderr.trim().split('\n').slice(-2).join(' | ').slice(0, 400)}`);
  const m = /digest:\s*(sha256:[a-f0-9]{64})/.exec(run.stdout);
  if (!m) throw new DockerError(`docker push ${ref} printed no digest`);
  return m[1]!;
}
