// A minimal zip writer for tests and benchmarks: it writes names exactly as given (including the
// unsafe ones a real tool would refuse), so that the reader's defences can be tested.
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Writes `entries` ({ name, data: Buffer|string }) to `file`, deflated unless `store` is set.
 * Streams to disk entry by entry so that large archives do not sit in memory.
 */
export function writeZip(file, entries, { store = false } = {}) {
  const fd = openSync(file, 'w');
  const central = [];
  let offset = 0;
  const put = (buf) => {
    writeSync(fd, buf);
    offset += buf.length;
  };
  let count = 0;
  for (const { name, data } of entries) {
    const raw = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const body = store ? raw : deflateRawSync(raw);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw) >>> 0;
    const method = store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const at = offset;
    put(local);
    put(nameBuf);
    put(body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(raw.length, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(at, 42);
    central.push(Buffer.concat([cd, nameBuf]));
    count++;
  }
  const cdStart = offset;
  let cdSize = 0;
  for (const c of central) {
    put(c);
    cdSize += c.length;
  }
  if (count > 0xffff) throw new Error('writeZip: more than 65535 entries needs zip64, which this writer does not do');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(cdStart, 16);
  put(end);
  closeSync(fd);
}
