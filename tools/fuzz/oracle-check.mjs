#!/usr/bin/env node
// Holds the fast Debian reference (tools/fuzz/dpkg-compare.c on libdpkg) against the real `dpkg --compare-versions`
// on N generated pairs: the 100,000-pair differential runs on libdpkg (a dpkg process per pair costs ~25 ms),
// so this shows that the library answers as the command does.
//   node tools/fuzz/oracle-check.mjs [--pairs 3000] [--seed S]
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { debianVersion } from './targets/dpkg.mjs';
import { dpkgCompare, libdpkgCompare } from './oracles.mjs';

const { values } = parseArgs({ options: { pairs: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log('node tools/fuzz/oracle-check.mjs [--pairs N] [--seed S]: libdpkg (the fuzzer\'s reference) against dpkg --compare-versions on N pairs');
  process.exit(0);
}
const pairs = fc.sample(fc.tuple(debianVersion(fc), debianVersion(fc)), { numRuns: Number(values.pairs), seed: Number(values.seed) });
const started = Date.now();
const [lib, bin] = await Promise.all([libdpkgCompare(pairs), dpkgCompare(pairs)]);
let disagreements = 0;
pairs.forEach(([a, b], i) => {
  if (lib[i].order === bin[i].order && !bin[i].warning) return;
  if (++disagreements <= 10) console.log(`disagree: ${a} ${b}: libdpkg ${lib[i].order}, dpkg ${bin[i].order} ${bin[i].warning}`);
});
console.log(`libdpkg vs dpkg --compare-versions: ${pairs.length} pairs, ${disagreements} disagreements, ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(disagreements ? 1 : 0);
