/** Bounds of one download from the archive. */
export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

export class ArchiveFetchError extends Error {
  constructor(url: string, reason: string) {
    super(`could not fetch ${url}: ${reason}`);
    this.name = 'ArchiveFetchError';
  }
}

export type FetchFn = (url: string, init: { signal: AbortSignal; redirect: 'follow' }) => Promise<Response>;

/**
 * GETs `url` with Node's fetch into a Buffer: at most `maxBytes` (the body is read as a stream and the
 * request aborted past it, whatever Content-Length says) and at most `timeoutMs` for the whole transfer.
 * `onProgress` is called with the bytes received so far (for the caller's progress lines).
 */
export async function fetchBounded(url: string, limits: FetchLimits, opts: { fetch?: FetchFn; onProgress?: (bytes: number) => void } = {}): Promise<Buffer> {
  if (!/^https?:\/\//.test(url)) throw new ArchiveFetchError(url, 'only http and https URLs are fetched');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let response: Response;
    try {
      response = await (opts.fetch ?? (fetch as FetchFn))(url, { signal: controller.signal, redirect: 'follow' });
    } catch (e) {
      throw new ArchiveFetchError(url, controller.signal.aborted ? `no answer within ${limits.timeoutMs} ms` : ((e as Error).cause as Error)?.message ?? (e as Error).message);
    }
    if (!response.ok) throw new ArchiveFetchError(url, `HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel();
      throw new ArchiveFetchError(url, `${declared} bytes is over the limit of ${limits.maxBytes}`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    if (response.body) {
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > limits.maxBytes) {
            controller.abort();
            throw new ArchiveFetchError(url, `more than ${limits.maxBytes} bytes`);
          }
          chunks.push(Buffer.from(value));
          opts.onProgress?.(total);
        }
      } catch (e) {
        if (e instanceof ArchiveFetchError) throw e;
        throw new ArchiveFetchError(url, controller.signal.aborted ? `not complete within ${limits.timeoutMs} ms` : (e as Error).message);
      }
    }
    return Buffer.concat(chunks);
  } finally {
    clearTimeout(timer);
  }
}
