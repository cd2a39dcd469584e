// The OSV zip reader: a zip of random entries (hostile names, stored or deflated), with random bytes corrupted,
// reads back its safe entries exactly, or fails with ZipReadError; never another error, never past its bounds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { unsafeEntryName, walkZip } from '../../../packages/image-scan/dist/osv/zip.js';

/** A zip archive (no data descriptors, no zip64), enough to hold the reader to its format. */
export function makeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, deflate } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const body = deflate ? deflateRawSync(data) : data;
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const NAMES = ['a.json', 'x/CVE-1.json', '../evil.json', '/abs.json', 'C:\\win.json', 'n\u0000ul.json', 'é.json', 'dir/', 'a/../b.json', './c.json'];

export default {
  name: 'zip',
  about: 'walkZip reads the safe entries of a zip back exactly, skips unsafe names, and fails on corruption only with ZipReadError',
  arbitrary: (fc) => fc.record({
    entries: fc.array(fc.record({ name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 12 })), data: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)), deflate: fc.boolean() }), { maxLength: 8 }),
    corrupt: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  }),
  async check({ entries, corrupt }) {
    const buf = makeZip(entries);
    for (const [at, byte] of corrupt) if (buf.length) buf[at % buf.length] = byte;
    const dir = mkdtempSync(join(tmpdir(), 'fc-fuzz-zip-'));
    try {
      const file = join(dir, 'db.zip');
      writeFileSync(file, buf);
      const seen = [];
      let error;
      await walkZip(file, { maxEntries: 100, maxEntryBytes: 1 << 16 }, { wanted: () => true, entry: (name, data) => seen.push([name, data]), skip: () => {} }).catch((e) => (error = e));
      if (error && error.name !== 'ZipReadError') throw new Error(`${error.name}: ${error.message}`);
      for (const [name] of seen) if (unsafeEntryName(name)) throw new Error(`unsafe name ${JSON.stringify(name)} was read`);
      if (!corrupt.length) {
        if (error) throw new Error(`an intact zip failed: ${error.message}`);
        const want = entries.filter((e) => !unsafeEntryName(e.name) && !e.name.endsWith('/'));
        const got = seen.filter(([n]) => !n.endsWith('/'));
        if (got.length !== want.length || got.some(([n, d], i) => n !== want[i].name || !d.equals(want[i].data))) throw new Error(`read ${got.map(([n]) => n)} instead of ${want.map((e) => e.name)}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
