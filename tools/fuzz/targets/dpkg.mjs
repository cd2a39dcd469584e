// Debian version ordering held against the real `dpkg --compare-versions`, in batches of pairs.
import { compareDebianVersions, debianScheme } from '@flightcheck/image-scan';
import { debianReference } from '../oracles.mjs';

const TOKENS = ['0', '1', '2', '9', '10', '01', '00', '000', '123456789', 'a', 'b', 'z', 'A', 'Z', '~', '~~', '+', '.', 'rc', 'dfsg', 'deb12u1', 'bpo'];
const part = (fc, extra = []) => fc.array(fc.constantFrom(...TOKENS, ...extra), { minLength: 0, maxLength: 8 }).map((t) => t.join(''));

export function debianVersion(fc) {
  return fc
    .record({
      epoch: fc.option(fc.constantFrom('0', '1', '2', '10', '01'), { nil: undefined }),
      upstream: fc.tuple(fc.constantFrom('0', '1', '2', '9', '10', '01'), part(fc, ['-', ':'])).map(([d, r]) => d + r),
      revision: fc.option(part(fc).filter((r) => r.length > 0), { nil: undefined }),
    })
    .map(({ epoch, upstream, revision }) => `${epoch !== undefined ? `${epoch}:` : ''}${upstream}${revision !== undefined ? `-${revision}` : ''}`)
    .filter((v) => debianScheme.valid(v));
}

export default {
  name: 'dpkg',
  about: "compareDebianVersions agrees with dpkg's comparison (libdpkg, else dpkg --compare-versions), and dpkg accepts every version we accept",
  arbitrary: (fc) => fc.array(fc.tuple(debianVersion(fc), debianVersion(fc)), { minLength: 1, maxLength: 500, size: 'max' }),
  weight: (pairs) => pairs.length,
  async check(pairs) {
    const ref = await debianReference(pairs);
    pairs.forEach(([a, b], i) => {
      const ours = compareDebianVersions(a, b);
      if (ref[i].warning) throw new Error(`dpkg warns about a version we accept: ${a} ${b}: ${ref[i].warning}`);
      if (ours !== ref[i].order) throw new Error(`${a} vs ${b}: ours ${ours}, dpkg ${ref[i].order}`);
      // antisymmetry holds without a reference
      if (compareDebianVersions(b, a) !== -ours) throw new Error(`not antisymmetric: ${a} vs ${b}`);
    });
  },
};
