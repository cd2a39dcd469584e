// Which strings are Debian versions: ours (parseDebianVersion) against libdpkg's parseversion.
import { debianScheme } from '@flightcheck/image-scan';
import { libdpkgCompare } from '../oracles.mjs';

const UNIT = ['0', '1', '9', 'a', 'Z', '.', '+', '~', '-', ':', ' ', '_', '!', 'é', '\t'];

export default {
  name: 'dpkg-syntax',
  about: "debianScheme.valid agrees with libdpkg's parseversion on arbitrary strings of the version alphabet and beyond",
  arbitrary: (fc) => fc.array(fc.string({ unit: fc.constantFrom(...UNIT), minLength: 1, maxLength: 14 }).filter((s) => !/[\n\r ]/.test(s.trim()) && s.trim().length > 0), { minLength: 1, maxLength: 500, size: 'max' }),
  weight: (vs) => vs.length,
  async check(versions) {
    // each version against a valid one: "bad-a" means dpkg refuses it
    const ref = await libdpkgCompare(versions.map((v) => [v.trim(), '0']));
    versions.forEach((v, i) => {
      const theirs = ref[i].order !== undefined;
      const ours = debianScheme.valid(v);
      if (ours !== theirs) throw new Error(`${JSON.stringify(v)}: ours ${ours ? 'valid' : 'invalid'}, dpkg ${theirs ? 'valid' : 'invalid'}`);
    });
  },
};
