import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findTool, InputError, runTool, ToolFailedError } from '@flightcheck/core';
import { assertEngine, dockerTool, imageRecordPath, inspectImage, type ImageRecord } from '@flightcheck/oci';
import { buildDockerArgs, defaultImageRef, type ImageBuildOptions } from './build-args.js';
import { baseImages } from './dockerfile-bases.js';

/**
 * Wraps a log function so that a line is added when nothing was printed for `everyMs` (10 s): a long
 * silent step (a RUN without output) still shows that the build goes on and for how long.
 */
export function heartbeat(log: (t: string) => void, line: (elapsedMs: number, lines: number) => string, everyMs = 10_000): { log: (t: string) => void; stop: () => void } {
  const start = Date.now();
  let last = start;
  let lines = 0;
  const timer = setInterval(() => {
    if (Date.now() - last < everyMs - 50) return;
    last = Date.now();
    log(line(last - start, lines));
  }, Math.max(50, Math.floor(everyMs / 2)));
  return {
    log: (t) => {
      last = Date.now();
      lines += t.split('\n').length - 1;
      log(t);
    },
    stop: () => clearInterval(timer),
  };
}

async function gitRevision(root: string): Promise<string | undefined> {
  try {
    const git = await findTool({ name: 'git', installHint: 'apt-get install git' });
    const r = await runTool(git, ['rev-parse', 'HEAD'], { cwd: root, timeoutMs: 10_000, maxOutputBytes: 4096 });
    const rev = r.stdout.trim();
    return r.code === 0 && /^[a-f0-9]{40,64}$/.test(rev) ? rev : undefined;
  } catch {
    return undefined;
  }
}

function inside(root: string, rel: string, what: string): string {
  const abs = resolve(root, rel);
  if (abs !== root && !abs.startsWith(`${root}/`)) throw new InputError(rel, `${what} must be inside the workspace`);
  return abs;
}

/**
 * Builds a project's image with the Docker engine, streaming the build log, and writes
 * dist/flightcheck/<project>/image.json (reference, image id, base image ids, repo digest once pushed).
 */
export async function buildImage(root: string, project: string, o: ImageBuildOptions, log: (t: string) => void): Promise<ImageRecord> {
  const dockerfile = inside(root, o.dockerfile, 'dockerfile');
  const context = inside(root, o.context, 'context');
  let text: string;
  try {
    text = readFileSync(dockerfile, 'utf8');
  } catch {
    throw new InputError(o.dockerfile, 'no such Dockerfile');
  }
  const tool = await dockerTool();
  await assertEngine(tool);
  const revision = await gitRevision(root);
  const image = o.image ?? defaultImageRef(project, revision);
  const labels = { ...(revision ? { 'org.opencontainers.image.revision': revision } : {}), 'dev.flightcheck.project': project, ...o.labels };
  const bases: Record<string, string> = {};
  for (const b of baseImages(text, o.buildArgs)) {
    try {
      bases[b] = (await inspectImage(tool, b)).Id;
    } catch {
      bases[b] = 'absent'; // the build pulls it (or fails offline with docker's own message)
    }
  }
  const tmp = mkdtempSync(join(tmpdir(), 'flightcheck-build-'));
  try {
    const iid = join(tmp, 'iid');
    const args = buildDockerArgs({ ...o, dockerfile, context, image, labels }, iid);
    log(`image-build: docker ${args.join(' ')}\n`);
    const started = Date.now();
    const beat = heartbeat(log, (ms, lines) => `image-build: still building ${image} (${Math.round(ms / 1000)} s, ${lines} lines of build output so far)\n`);
    const run = await runTool(tool, args, {
      cwd: root,
      env: { DOCKER_BUILDKIT: (o.buildkit ?? true) ? '1' : '0' },
      timeoutMs: (o.timeoutSeconds ?? 1800) * 1000,
      maxOutputBytes: 256 << 20,
      onStderr: beat.log,
      onStdout: beat.log,
    }).finally(beat.stop);
    log(`image-build: docker build took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    if (run.code !== 0) throw new ToolFailedError('docker build', run.code, run.stderr || run.stdout);
    const imageId = readFileSync(iid, 'utf8').trim();
    let repoDigest: string | undefined;
    if (o.push) {
      const push = await runTool(tool, ['push', image], { timeoutMs: 30 * 60_000, onStderr: log });
      if (push.code !== 0) throw new ToolFailedError('docker push', push.code, push.stderr || push.stdout);
      repoDigest = (await inspectImage(tool, image)).RepoDigests?.find((d) => d.startsWith(image.replace(/:[^:/]*$/, '')));
    }
    const record: ImageRecord = {
      schemaVersion: 1,
      project,
      reference: image,
      imageId,
      ...(repoDigest ? { repoDigest } : {}),
      dockerfile: o.dockerfile,
      context: o.context,
      ...(o.target ? { target: o.target } : {}),
      ...(o.buildArgs ? { buildArgs: o.buildArgs } : {}),
      labels,
      baseImages: bases,
      builtAt: new Date().toISOString(),
    };
    const file = imageRecordPath(root, project);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    return record;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
