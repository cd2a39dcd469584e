import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, registryBin, startRegistry } from './registry.mjs';

const bin = await registryBin();

// in CI docker-registry is installed by the set-up: the test must run there, never skip
describe.skipIf(!bin && !process.env.CI)('startRegistry (needs docker-registry: node tools/setup.mjs --only registry)', () => {
  const started = [];
  afterAll(async () => Promise.all(started.map((registry) => registry.stop())));

  it('answers /v2/ on 127.0.0.1 and cleans up on stop', async () => {
    const registry = await startRegistry();
    started.push(registry);
    expect(registry.url).toBe(`http://127.0.0.1:${registry.port}`);
    expect(registry.host).toBe(`127.0.0.1:${registry.port}`);
    const response = await fetch(`${registry.url}/v2/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
    await registry.stop();
    await registry.stop();
    expect(existsSync(registry.configFile)).toBe(false);
    await expect(fetch(`${registry.url}/v2/`)).rejects.toThrow();
  });

  it('takes a fixed port and fails with a reason when it is taken', async () => {
    const port = await freePort();
    const first = await startRegistry({ port });
    started.push(first);
    expect(first.port).toBe(port);
    await expect(startRegistry({ port, timeoutMs: 3000 })).rejects.toThrow(/already in use/);
  });
});
