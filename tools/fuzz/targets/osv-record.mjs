// OSV records as hostile input: any JSON value either becomes a bounded record or fails with OsvRecordError.
import { parseOsvRecord, toOsvRecord } from '@flightcheck/image-scan';

const valid = (fc) => fc.record({
  id: fc.constantFrom('CVE-2024-1', 'DEBIAN-CVE-2023-9', 'GHSA-xxxx-yyyy-zzzz', 'PYSEC-2021-1'),
  modified: fc.constant('2024-01-01T00:00:00Z'),
  aliases: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  summary: fc.string({ maxLength: 400 }),
  affected: fc.array(fc.record({
    package: fc.record({ ecosystem: fc.constantFrom('Debian:12', 'PyPI', 'npm', 'Weird'), name: fc.string({ minLength: 1, maxLength: 10 }) }),
    ranges: fc.array(fc.record({ type: fc.constantFrom('ECOSYSTEM', 'SEMVER', 'GIT'), events: fc.array(fc.oneof(fc.record({ introduced: fc.constantFrom('0', '1.0', '') }), fc.record({ fixed: fc.constantFrom('1.1', '2:3-4') })), { maxLength: 4 }) }), { maxLength: 2 }),
    versions: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  }), { maxLength: 3 }),
});

export default {
  name: 'osv-record',
  about: 'parseOsvRecord: a record with a valid id, affected list and a summary of at most 300 characters, or OsvRecordError',
  arbitrary: (fc) => fc.oneof(valid(fc), fc.jsonValue({ maxDepth: 4 }), valid(fc).chain((v) => fc.jsonValue({ maxDepth: 2 }).map((junk) => ({ ...v, affected: [junk] })))),
  check(value) {
    for (const input of [() => parseOsvRecord(JSON.stringify(value)), () => toOsvRecord(value)]) {
      let r;
      try {
        r = input();
      } catch (e) {
        if (e?.name !== 'OsvRecordError') throw new Error(`${e?.name}: ${e?.message}`);
        continue;
      }
      if (!/^[\w.:+-]{1,128}$/.test(r.id) || !Array.isArray(r.affected) || (r.summary && r.summary.length > 300)) throw new Error(`bad record ${JSON.stringify(r).slice(0, 200)}`);
    }
  },
};
