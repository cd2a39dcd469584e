// Image paths: a tar entry name normalises to an absolute path inside the root or is refused with a reason;
// symlink targets resolve inside the root; normalising is idempotent.
import { isWithin, normalizeEntryPath, resolveLinkTarget } from '@flightcheck/oci';

const MAX_PATH_LENGTH = 4096;

const seg = (fc) => fc.oneof(fc.constantFrom('', '.', '..', 'etc', 'a b', 'x\u0000y', '...', 'é', '\\', '~'), fc.string({ maxLength: 6 }));
const name = (fc) => fc.oneof(fc.array(seg(fc), { maxLength: 12 }).map((s) => s.join('/')), fc.integer({ min: 1, max: 3000 }).map((n) => 'a/'.repeat(n)));

export default {
  name: 'oci-paths',
  about: 'normalizeEntryPath: absolute, no . or .. components, idempotent, refuses .., NUL and over-long names; resolveLinkTarget stays under /',
  arbitrary: (fc) => fc.tuple(name(fc), name(fc), name(fc)),
  check([entry, dir, target]) {
    const n = normalizeEntryPath(entry);
    if (n.ok) {
      if (!n.path.startsWith('/') || n.path.split('/').slice(1).some((p) => p === '.' || p === '..' || (p === '' && n.path !== '/'))) throw new Error(`not normal: ${JSON.stringify(n.path)}`);
      const again = normalizeEntryPath(n.path);
      if (!again.ok || again.path !== n.path) throw new Error(`not idempotent: ${JSON.stringify(n.path)}`);
      if (entry.split('/').includes('..') || entry.includes('\0') || entry.length > MAX_PATH_LENGTH) throw new Error(`accepted ${JSON.stringify(entry.slice(0, 80))}`);
    } else if (typeof n.reason !== 'string' || !n.reason) throw new Error('refused without a reason');
    const d = normalizeEntryPath(dir);
    if (d.ok) {
      const r = resolveLinkTarget(d.path, target);
      if (!r.startsWith('/') || r.split('/').includes('..') || !isWithin(r, '/')) throw new Error(`link resolved outside: ${r}`);
      if (!target.startsWith('/') && !target.split('/').includes('..') && !isWithin(r, d.path)) throw new Error(`relative link ${target} from ${d.path} left its directory: ${r}`);
    }
  },
};
