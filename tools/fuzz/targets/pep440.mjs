// PEP 440 ordering and validity held against Python's packaging.version (Debian's python3-packaging), in batches.
import { pep440Scheme } from '@flightcheck/image-scan';
import { pep440Compare } from '../oracles.mjs';

const num = (fc) => fc.constantFrom('0', '1', '2', '9', '10', '01', '00', '123');
export function pep440Version(fc) {
  const release = fc.array(num(fc), { minLength: 1, maxLength: 4 }).map((r) => r.join('.'));
  const pre = fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc', 'alpha', 'beta', 'c', 'pre', 'preview', '.a', '-b', '_rc'), fc.option(num(fc), { nil: '' })).map(([t, n]) => t + n), { nil: '' });
  const post = fc.option(fc.tuple(fc.constantFrom('.post', 'post', '-post', '-', 'r', '.rev'), fc.option(num(fc), { nil: '' })).map(([t, n]) => t + n), { nil: '' });
  const dev = fc.option(fc.tuple(fc.constantFrom('.dev', 'dev', '-dev'), fc.option(num(fc), { nil: '' })).map(([t, n]) => t + n), { nil: '' });
  const local = fc.option(fc.array(fc.constantFrom('ubuntu', '1', 'abc', '01', 'x1', 'A'), { minLength: 1, maxLength: 3 }).map((l) => `+${l.join('.')}`), { nil: '' });
  const epoch = fc.option(num(fc).map((e) => `${e}!`), { nil: '' });
  const prefix = fc.constantFrom('', '', '', 'v', 'V', ' ');
  const structured = fc.tuple(prefix, epoch, release, pre, post, dev, local).map((p) => p.join(''));
  // and now and then something that is not a version at all
  const junk = fc.string({ unit: fc.constantFrom('1', '.', 'a', '+', '-', '!', '_', 'v', ' ', 'é'), maxLength: 12 });
  return fc.oneof({ weight: 9, arbitrary: structured }, { weight: 1, arbitrary: junk });
}

export default {
  name: 'pep440',
  about: 'pep440Scheme agrees with packaging.version.Version on validity and order',
  arbitrary: (fc) => fc.array(fc.tuple(pep440Version(fc), pep440Version(fc)), { minLength: 1, maxLength: 1000, size: 'max' }),
  weight: (pairs) => pairs.length,
  async check(pairs) {
    const ref = await pep440Compare(pairs);
    pairs.forEach(([a, b], i) => {
      const r = ref[i];
      if (pep440Scheme.valid(a) !== r.validA) throw new Error(`validity of ${JSON.stringify(a)}: ours ${pep440Scheme.valid(a)}, packaging ${r.validA}`);
      if (pep440Scheme.valid(b) !== r.validB) throw new Error(`validity of ${JSON.stringify(b)}: ours ${pep440Scheme.valid(b)}, packaging ${r.validB}`);
      if (r.order === null) {
        let threw;
        try {
          pep440Scheme.compare(a, b);
        } catch (e) {
          threw = e;
        }
        if (!(threw instanceof RangeError)) throw new Error(`compare(${JSON.stringify(a)}, ${JSON.stringify(b)}) of an invalid version did not throw RangeError`);
        return;
      }
      const ours = pep440Scheme.compare(a, b);
      if (ours !== r.order) throw new Error(`${JSON.stringify(a)} vs ${JSON.stringify(b)}: ours ${ours}, packaging ${r.order}`);
    });
  },
};
