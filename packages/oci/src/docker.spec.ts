import { describe, expect, it } from 'vitest';
import { assertEngine, dockerTool, inspectImage } from './docker.js';
import { DockerUnavailableError, ImageNotFoundError } from './errors.js';

describe('docker client', () => {
  it('says how to start an engine when none answers', async () => {
    const tool = await dockerTool();
    const prev = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
    try {
      const err = await assertEngine(tool).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DockerUnavailableError);
      expect((err as Error).message).toMatch(/tools\/setup\.mjs --only docker/);
    } finally {
      if (prev === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = prev;
    }
  });
  it('refuses option-like references without running docker', async () => {
    const tool = await dockerTool();
    await expect(inspectImage(tool, '--help')).rejects.toBeInstanceOf(ImageNotFoundError);
  });
});
