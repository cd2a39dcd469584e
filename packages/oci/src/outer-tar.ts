import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { extract, type Header } from 'tar-stream';
import { ArchiveError } from './errors.js';

/** One entry of the outer archive (the `docker save` tar or OCI layout tar): where its bytes are. */
export interface OuterEntry {
  /** Name without a leading `./` or `/`. */
  name: string;
  type: Header['type'];
  size: number;
  /** Byte offset of the entry's data in the archive file. */
  dataOffset: number;
  linkname?: string;
  /** The data, when the caller asked to keep it (small JSON files). */
  data?: Buffer;
}

export const MAX_OUTER_ENTRIES = 100_000;

/** Human reason for a tar-stream / zlib error, for ArchiveError messages. */
export function describeTarError(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  if (/Unexpected end of data/i.test(msg)) return 'truncated (the tar ends in the middle of an entry)';
  if (/Invalid tar header|Invalid header/i.test(msg)) return `corrupt (${msg.replace(/\. Maybe.*$/, '')})`;
  if (/incorrect header check|invalid (block|distance|stored)|unexpected end of file/i.test(msg)) return `corrupt compressed data (${msg})`;
  return msg;
}

export function cleanName(name: string): string {
  return name.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
}

/**
 * Lists the outer archive in one streamed pass, keeping the data of the entries `keep` selects
 * (bounded by `maxKeepBytes` each and `maxKeepTotal` in all). Layer data is skipped, never buffered.
 */
export async function scanOuterTar(
  file: string,
  keep: (name: string, size: number) => boolean,
  opts: { maxKeepBytes?: number; maxKeepTotal?: number } = {},
): Promise<OuterEntry[]> {
  const maxKeep = opts.maxKeepBytes ?? 16 << 20;
  let budget = opts.maxKeepTotal ?? 64 << 20;
  const entries: OuterEntry[] = [];
  const ex = extract();
  const src = createReadStream(file, { highWaterMark: 1 << 20 });
  let pipeError: unknown;
  const piping = pipeline(src, ex).catch((e: unknown) => {
    pipeError = e;
  });
  try {
    for await (const entry of ex) {
      const h = entry.header;
      if (entries.length >= MAX_OUTER_ENTRIES) throw new ArchiveError(file, `more than ${MAX_OUTER_ENTRIES} entries: not an image archive`);
      const dataOffset = (h as Header & { byteOffset?: number }).byteOffset ?? entry.offset + 512;
      const e: OuterEntry = { name: cleanName(h.name), type: h.type, size: h.size, dataOffset };
      if (h.linkname) e.linkname = h.linkname;
      if (h.type === 'file' && h.size <= maxKeep && h.size <= budget && keep(e.name, h.size)) {
        const chunks: Buffer[] = [];
        for await (const c of entry) chunks.push(c as Buffer);
        e.data = Buffer.concat(chunks);
        budget -= h.size;
      } else {
        entry.resume();
      }
      entries.push(e);
    }
  } catch (err) {
    src.destroy();
    if (err instanceof ArchiveError) throw err;
    throw new ArchiveError(file, describeTarError(pipeError ?? err));
  }
  await piping;
  if (pipeError) throw new ArchiveError(file, describeTarError(pipeError));
  return entries;
}
