import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FlightcheckError } from '@flightcheck/core';
import type { DbMetadata } from './db-age.js';
import { METADATA_FILE } from './load.js';

/** The public OSV bucket's HTTP address (per-ecosystem `all.zip` dumps). A mirror can replace it. */
export const OSV_DUMPS_URL = 'https://osv-vulnerabilities.storage.googleapis.com';

export class OsvFetchError extends FlightcheckError {}

export interface FetchOptions {
  ecosystems: string[];
  out: string;
  /** Base address of the dumps (a mirror); default the OSV bucket. */
  baseUrl?: string;
  /** Time to the response headers, per dump. Default 30 s. */
  connectTimeoutMs?: number;
  /** Time for the whole download, per dump. Default 15 min. */
  timeoutMs?: number;
  /** Bytes per dump at the most. Default 2 GiB. */
  maxBytes?: number;
  log?: (text: string) => void;
  now?: () => Date;
  /** Interval of the progress lines during a download (default 10 s). */
  progressEveryMs?: number;
}

const ECOSYSTEM = /^[A-Za-z][A-Za-z0-9.+-]*(?::[A-Za-z0-9.+-]+)?$/;

function describeFailure(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  return err.cause?.code ?? err.cause?.message ?? err.message;
}

/**
 * Downloads the OSV dumps of the given ecosystems into `out/<ecosystem>/all.zip` (through a temporary
 * file, size-bounded, with time limits) and writes the metadata file the scan reads the age from.
 */
export async function fetchOsvDatabase(opts: FetchOptions): Promise<DbMetadata> {
  if (opts.ecosystems.length === 0) throw new OsvFetchError('osv-db fetch needs at least one --ecosystem (e.g. Debian:12, PyPI, npm)');
  const base = (opts.baseUrl ?? OSV_DUMPS_URL).replace(/\/+$/, '');
  const maxBytes = opts.maxBytes ?? 2 ** 31;
  const meta: DbMetadata = { fetchedAt: (opts.now?.() ?? new Date()).toISOString(), ecosystems: [] };
  for (const ecosystem of opts.ecosystems) {
    if (!ECOSYSTEM.test(ecosystem)) throw new OsvFetchError(`--ecosystem ${JSON.stringify(ecosystem)} is not an OSV ecosystem name (e.g. Debian:12, PyPI, npm)`);
    const url = `${base}/${ecosystem.split('/').map(encodeURIComponent).join('/').replace(/%3A/g, ':')}/all.zip`;
    const dir = join(opts.out, ecosystem);
    const file = join(dir, 'all.zip');
    const partial = `${file}.partial`;
    opts.log?.(`fetching ${url}\n`);
    const connect = new AbortController();
    const connectTimer = setTimeout(() => connect.abort(), opts.connectTimeoutMs ?? 30_000);
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.any([connect.signal, AbortSignal.timeout(opts.timeoutMs ?? 15 * 60_000)]), redirect: 'follow' });
    } catch (e) {
      throw new OsvFetchError(`cannot download ${url}: ${describeFailure(e)}. Is a network allowed here? On an air-gapped machine, copy the all.zip dumps from a connected one into ${opts.out}/<ecosystem>/ (or use --base-url for a mirror)`);
    } finally {
      clearTimeout(connectTimer);
    }
    if (!res.ok || !res.body) throw new OsvFetchError(`cannot download ${url}: HTTP ${res.status} ${res.statusText}`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new OsvFetchError(`${url} is ${declared} bytes, over the ${maxBytes}-byte bound`);
    // created only once there is something to write: a failed fetch leaves no empty database behind
    mkdirSync(dir, { recursive: true });
    const hash = createHash('sha256');
    let bytes = 0;
    const started = Date.now();
    // a line every 10 s: how far the download is (of the declared size when the server says it)
    const progress = setInterval(() => {
      const of = declared > 0 ? ` of ${(declared / 1e6).toFixed(1)} MB (${Math.floor((bytes / declared) * 100)}%)` : '';
      opts.log?.(`  still fetching ${ecosystem}: ${(bytes / 1e6).toFixed(1)} MB${of} in ${Math.round((Date.now() - started) / 1000)} s\n`);
    }, opts.progressEveryMs ?? 10_000);
    const meter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        if (bytes > maxBytes) return cb(new OsvFetchError(`${url} is larger than the ${maxBytes}-byte bound`));
        hash.update(chunk);
        cb(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), meter, createWriteStream(partial));
    } catch (e) {
      rmSync(partial, { force: true });
      if (e instanceof OsvFetchError) throw e;
      throw new OsvFetchError(`download of ${url} failed: ${describeFailure(e)}`);
    } finally {
      clearInterval(progress);
    }
    renameSync(partial, file);
    meta.ecosystems.push({ ecosystem, url, file: `${ecosystem}/all.zip`, bytes, sha256: hash.digest('hex') });
    opts.log?.(`  ${bytes} bytes → ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  writeFileSync(join(opts.out, METADATA_FILE), JSON.stringify(meta, null, 2) + '\n');
  opts.log?.(`fetched ${meta.ecosystems.map((e) => `${e.ecosystem} ${(e.bytes / 1e6).toFixed(1)} MB`).join(', ')}\n`);
  return meta;
}
