import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveFetchError, fetchBounded } from './fetch.js';

let base = '';
let close: () => void = () => {};

beforeAll(async () => {
  const server = createServer((req, res) => {
    if (req.url === '/ok') return res.end('hello');
    if (req.url === '/big-declared') return res.writeHead(200, { 'content-length': '100000' }).end('x'.repeat(100000));
    if (req.url === '/big-chunked') {
      res.writeHead(200);
      for (let i = 0; i < 20; i++) res.write('y'.repeat(1000));
      return res.end();
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  close = () => server.close();
});
afterAll(() => close());

describe('fetchBounded', () => {
  it('returns the body and reports progress', async () => {
    const seen: number[] = [];
    expect((await fetchBounded(`${base}/ok`, { maxBytes: 100, timeoutMs: 5000 }, { onProgress: (b) => seen.push(b) })).toString()).toBe('hello');
    expect(seen.at(-1)).toBe(5);
  });

  it('refuses a body over the bound, declared or streamed', async () => {
    await expect(fetchBounded(`${base}/big-declared`, { maxBytes: 1000, timeoutMs: 5000 })).rejects.toThrow(/100000 bytes is over the limit of 1000/);
    await expect(fetchBounded(`${base}/big-chunked`, { maxBytes: 5000, timeoutMs: 5000 })).rejects.toThrow(/more than 5000 bytes/);
  });

  it('names the URL and the reason: HTTP status, time limit, scheme', async () => {
    await expect(fetchBounded(`${base}/missing`, { maxBytes: 100, timeoutMs: 5000 })).rejects.toThrow(`could not fetch ${base}/missing: HTTP 404`);
    await expect(fetchBounded(`${base}/slow`, { maxBytes: 100, timeoutMs: 200 })).rejects.toThrow(ArchiveFetchError);
    await expect(fetchBounded('file:///etc/passwd', { maxBytes: 100, timeoutMs: 200 })).rejects.toThrow(/only http and https/);
  });
});
