import type { ImageArchive } from './archive.js';
import { ArchiveError } from './errors.js';
import { walkLayers, type WalkOptions } from './layers.js';
import { FileTree, SymlinkLoopError } from './tree.js';

export interface BuildTreeOptions extends Pick<WalkOptions, 'verifyDigests' | 'maxEntries' | 'onLayer'> {
  /**
   * Paths whose content to keep while streaming (small files such as /etc/passwd, dpkg lists):
   * only the version in the winning layer is returned. Saves a second pass over the archive.
   */
  capture?: (path: string) => boolean;
  /** Bytes per captured file at the most (larger ones are skipped and noted). Default 4 MiB. */
  maxCaptureBytes?: number;
  /** Bytes of all captured files at the most. Default 64 MiB. */
  maxCaptureTotal?: number;
}

export interface MergedImage {
  tree: FileTree;
  /** Captured file contents by absolute path (the version the merged tree shows). */
  files: Map<string, Buffer>;
  /** Captured paths whose content was too large to keep. */
  skipped: string[];
}

/** Streams every layer once and merges them into a FileTree (whiteouts applied), capturing small files. */
export async function buildFileTree(archive: ImageArchive, opts: BuildTreeOptions = {}): Promise<MergedImage> {
  const tree = new FileTree();
  const perFile = opts.maxCaptureBytes ?? 4 << 20;
  let budget = opts.maxCaptureTotal ?? 64 << 20;
  const captured = new Map<string, { layer: number; data: Buffer }>();
  const skipped = new Set<string>();
  await walkLayers(
    archive,
    async (e, body) => {
      tree.add(e);
      if (opts.capture && e.type === 'file' && !e.invalid && !e.whiteout && opts.capture(e.path)) {
        const prev = captured.get(e.path);
        if (e.size > perFile || e.size > budget + (prev?.data.length ?? 0)) {
          skipped.add(e.path);
          captured.delete(e.path);
          return;
        }
        const data = await body.read(perFile);
        budget += prev?.data.length ?? 0;
        budget -= data.length;
        captured.set(e.path, { layer: e.layer, data });
        skipped.delete(e.path);
      }
    },
    opts,
  );
  tree.finish();
  const files = new Map<string, Buffer>();
  for (const [path, c] of captured) {
    const node = tree.lookup(path);
    if (node && node.type === 'file' && node.layer === c.layer) files.set(path, c.data);
  }
  return { tree, files, skipped: [...skipped].filter((p) => tree.lookup(p)) };
}

/**
 * Reads one small file of the merged image (following symlinks) by streaming only the layer that made
 * it. Returns undefined when the path does not exist or is not a regular file.
 */
export async function readFile(archive: ImageArchive, tree: FileTree, path: string, maxBytes = 4 << 20): Promise<Buffer | undefined> {
  let resolved;
  try {
    resolved = tree.resolve(path);
  } catch (e) {
    if (e instanceof SymlinkLoopError) throw new ArchiveError(archive.file, e.message);
    throw e;
  }
  const node = resolved.node;
  if (!node || (node.type !== 'file' && node.type !== 'hardlink')) return undefined;
  const want = node.type === 'hardlink' ? node.linkTarget! : resolved.path;
  let out: Buffer | undefined;
  await walkLayers(
    archive,
    async (e, body) => {
      if (out === undefined && e.path === want && e.type === 'file') out = await body.read(maxBytes);
    },
    { layers: [node.layer] },
  );
  return out;
}
