// The image archive reader (@flightcheck/oci): a docker-save or OCI-layout archive of random layers (hostile names,
// every entry type, whiteouts, gzip or not) reads back as the merged tree the layers describe, each kept file with
// its bytes; with random bytes corrupted or the archive cut short it still ends within its bound, with the merged
// tree or an ArchiveError (or another InputError naming the file), never another error, never a path outside /.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFileTree, normalizeEntryPath, openImageArchive } from '@flightcheck/oci';
import { writeImageArchive } from '@flightcheck/oci/testing';

const NAMES = ['etc/passwd', 'etc/group', 'opt/a', 'opt/a/b', 'opt/.wh.a', 'opt/.wh..wh..opq', 'usr/bin/x', '../escape', '/abs', './dot', 'a//b', 'x\u0000y', 'é', 'sp ace', 'a/../../b', '.wh.etc', 'l'];
const TYPES = ['file', 'file', 'file', 'dir', 'symlink', 'hardlink'];
const BOUND_MS = 10_000;

const entry = (fc) =>
  fc.record({
    path: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) }),
    type: fc.constantFrom(...TYPES),
    mode: fc.constantFrom(0o644, 0o755, 0o4755, 0o777, 0o600),
    uid: fc.constantFrom(0, 50000, 65534),
    content: fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
    linkTarget: fc.constantFrom('etc/passwd', '/etc/passwd', '../../../etc/shadow', 'l', 'opt/a', ''),
  });

/** Bytes as generated, or as a recorded fixture holds them (JSON of a Buffer: { type: 'Buffer', data }). */
const bytes = (c) => (Buffer.isBuffer(c) ? c : Buffer.from(c?.data ?? c ?? []));

/**
 * The last word on each path the layers say, as the reader must merge them. A tar header's name field ends at its
 * first NUL (Go's archive/tar, and so Docker, read it so): `x\0y` is written, and read, as `x`.
 */
function expected(layers) {
  const files = new Map();
  for (const layer of layers) {
    for (const e of layer.entries) {
      const n = normalizeEntryPath(e.path.split('\0')[0]);
      if (!n.ok) continue;
      if (e.type === 'file') files.set(n.path, bytes(e.content));
      else files.delete(n.path);
    }
  }
  return files;
}

export default {
  name: 'oci-archive',
  about: 'openImageArchive + buildFileTree read a generated archive back (kept files, their bytes, only paths under /); corrupt or truncated archives end within 10 s with ArchiveError/InputError only',
  arbitrary: (fc) =>
    fc.record({
      layers: fc.array(fc.record({ entries: fc.array(entry(fc), { maxLength: 8 }) }), { minLength: 1, maxLength: 3 }),
      format: fc.constantFrom('docker-save', 'oci-layout'),
      gzip: fc.boolean(),
      // half intact (the round trip), the rest with bytes changed or cut short
      damage: fc.oneof(
        { weight: 2, arbitrary: fc.constant({ corrupt: [] }) },
        { weight: 1, arbitrary: fc.record({ corrupt: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }) }) },
        { weight: 1, arbitrary: fc.record({ corrupt: fc.constant([]), cut: fc.double({ min: 0, max: 1, noNaN: true }) }) },
      ),
      // without the digest check a corrupt layer is read as far as it goes (the tar and gzip decoders themselves)
      verifyDigests: fc.boolean(),
    }),
  async check({ layers, format, gzip, damage: { corrupt, cut }, verifyDigests }) {
    const dir = mkdtempSync(join(tmpdir(), 'fc-fuzz-oci-'));
    try {
      const file = join(dir, 'image.tar');
      // the writer refuses nothing: hostile names go into the tar as they are (only a leading / is dropped)
      const spec = layers.map((l) => ({ entries: l.entries.map((e) => ({ path: e.path, type: e.type, mode: e.mode, uid: e.uid, ...(e.type === 'file' ? { content: bytes(e.content) } : {}), ...(e.type === 'symlink' || e.type === 'hardlink' ? { linkTarget: e.linkTarget } : {}) })) }));
      try {
        await writeImageArchive(file, { layers: spec, format, gzip, user: '50000:50000' });
      } catch {
        return; // tar-stream refuses some names (e.g. over its header's length): not an archive to read
      }
      const damaged = corrupt.length > 0 || cut !== undefined;
      if (corrupt.length) {
        const buf = readFileSync(file);
        for (const [at, byte] of corrupt) buf[at % buf.length] = byte;
        writeFileSync(file, buf);
      }
      if (cut !== undefined) truncateSync(file, Math.floor(readFileSync(file).length * cut));
      const t0 = performance.now();
      let merged;
      let error;
      try {
        const archive = await openImageArchive(file);
        merged = await buildFileTree(archive, { capture: () => true, verifyDigests: damaged ? verifyDigests : true });
      } catch (e) {
        error = e;
      }
      const ms = performance.now() - t0;
      if (ms > BOUND_MS) throw new Error(`the reader took ${Math.round(ms)} ms`);
      if (error) {
        if (!['ArchiveError', 'InputError'].includes(error.name)) throw new Error(`${error.name}: ${error.message}`);
        if (!String(error.message).startsWith(file)) throw new Error(`the error does not name the archive: ${error.message}`);
        if (!damaged) throw new Error(`an intact archive failed: ${error.message}`);
        return;
      }
      for (const [path] of merged.files) {
        const n = normalizeEntryPath(path);
        if (!n.ok || n.path !== path) throw new Error(`captured a path that is not normal: ${JSON.stringify(path)}`);
      }
      if (damaged) return;
      // an intact archive reads back: every file the layers leave is in the tree with its bytes
      for (const [path, content] of expected(layers)) {
        const node = merged.tree.lookup(path);
        if (!node) continue; // removed by a whiteout or replaced under a parent that became a file or symlink
        if (node.type !== 'file') continue;
        const got = merged.files.get(path);
        if (!got || !got.equals(content)) throw new Error(`${path}: read ${got ? JSON.stringify([...got]) : 'nothing'} instead of ${JSON.stringify([...content])}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
