import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOsvDatabase } from './fetch.js';
import { loadOsvDatabase } from './load.js';
// @ts-expect-error plain JS test helper
import { writeZip } from '../../test/support/write-zip.mjs';

let server: Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  const zipDir = mkdtempSync(join(tmpdir(), 'fetch-src-'));
  writeZip(join(zipDir, 'all.zip'), [{ name: 'PYSEC-1.json', data: JSON.stringify({ id: 'PYSEC-1', modified: '2026-01-01T00:00:00Z', affected: [{ package: { ecosystem: 'PyPI', name: 'x' }, versions: ['1.0'] }] }) }]);
  const zip = readFileSync(join(zipDir, 'all.zip'));
  server = createServer((req, res) => {
    requests.push(req.url!);
    if (req.url === '/PyPI/all.zip' || req.url === '/Debian:12/all.zip') res.end(zip);
    else if (req.url === '/hang/all.zip') res.writeHead(200).flushHeaders(); // headers, then nothing: a stalled download
    else if (req.url === '/slow/all.zip') {
      // the dump in two halves, 400 ms apart: a download long enough for progress lines
      res.writeHead(200, { 'content-length': String(zip.length) });
      res.write(zip.subarray(0, zip.length >> 1));
      setTimeout(() => res.end(zip.subarray(zip.length >> 1)), 400);
    }
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchOsvDatabase', () => {
  it('downloads each ecosystem dump and writes the metadata the scan reads', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-out-'));
    const meta = await fetchOsvDatabase({ ecosystems: ['Debian:12', 'PyPI'], out, baseUrl: base, now: () => new Date('2026-02-01T00:00:00Z') });
    expect(requests).toContain('/Debian:12/all.zip');
    expect(meta.ecosystems.map((e) => e.file)).toEqual(['Debian:12/all.zip', 'PyPI/all.zip']);
    expect(JSON.parse(readFileSync(join(out, 'flightcheck-osv-db.json'), 'utf8')).fetchedAt).toBe('2026-02-01T00:00:00.000Z');
    expect((await loadOsvDatabase(out)).index.size).toBe(1);
  });

  it('says how far a long download is at each interval, and how long it took', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-out-'));
    const lines: string[] = [];
    await fetchOsvDatabase({ ecosystems: ['slow'], out, baseUrl: base, progressEveryMs: 100, log: (t) => lines.push(t) });
    const still = lines.filter((l) => l.startsWith('  still fetching slow: '));
    expect(still.length).toBeGreaterThanOrEqual(2);
    expect(still[0]).toMatch(/^ {2}still fetching slow: \d+\.\d MB of \d+\.\d MB \(\d+%\) in \d+ s\n$/);
    expect(lines.at(-2)).toMatch(/^ {2}\d+ bytes → .*all\.zip in \d+\.\d s\n$/);
    expect(lines.at(-1)).toBe('fetched slow 0.0 MB\n');
  });

  it('fails with a clear message on HTTP errors, bad names and no network, within bounded time', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-out-'));
    await expect(fetchOsvDatabase({ ecosystems: ['Nope'], out, baseUrl: base })).rejects.toThrow(/cannot download .*\/Nope\/all\.zip: HTTP 404/);
    await expect(fetchOsvDatabase({ ecosystems: ['../etc'], out, baseUrl: base })).rejects.toThrow(/is not an OSV ecosystem name/);
    await expect(fetchOsvDatabase({ ecosystems: [], out })).rejects.toThrow(/at least one --ecosystem/);
    const started = Date.now();
    await expect(fetchOsvDatabase({ ecosystems: ['PyPI'], out, baseUrl: 'http://osv-mirror.invalid' })).rejects.toThrow(/cannot download http:\/\/osv-mirror\.invalid\/PyPI\/all\.zip: .*Is a network allowed here\?/);
    await expect(fetchOsvDatabase({ ecosystems: ['hang'], out, baseUrl: base, timeoutMs: 800 })).rejects.toThrow(/download of .*hang\/all\.zip failed: timed out/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(out, 'hang', 'all.zip.partial'))).toBe(false);
    expect(existsSync(join(out, 'flightcheck-osv-db.json'))).toBe(false);
    // no empty ecosystem folders left behind by the failed downloads
    expect(existsSync(join(out, 'PyPI'))).toBe(false);
    expect(existsSync(join(out, 'Nope'))).toBe(false);
  });

  it('bounds the download size', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fetch-out-'));
    await expect(fetchOsvDatabase({ ecosystems: ['PyPI'], out, baseUrl: base, maxBytes: 10 })).rejects.toThrow(/over the 10-byte bound|larger than the 10-byte bound/);
  });
});
