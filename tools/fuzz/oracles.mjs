// Reference implementations the version comparisons are held against: the real dpkg and Python's `packaging`
// (Debian's python3-packaging). Many pairs per process; every process goes through core's tool runner (bounded).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTool, runTool } from '@flightcheck/core';
import { HERE } from './lib.mjs';

let helper;
/**
 * tools/fuzz/dpkg-compare.c built against libdpkg (libdpkg-dev) into the temporary folder, once per source
 * version: dpkg's own comparison, ~10,000 times faster than a dpkg process per pair. Undefined when it cannot be built.
 */
export async function libdpkgHelper() {
  if (helper !== undefined) return helper || undefined;
  helper = false;
  const src = join(HERE, 'dpkg-compare.c');
  const bin = join(tmpdir(), `flightcheck-fuzz-dpkg-compare-${createHash('sha256').update(readFileSync(src)).digest('hex').slice(0, 12)}`);
  if (!existsSync(bin)) {
    const pkg = await findTool({ name: 'pkg-config', installHint: '' }).catch(() => undefined);
    const cc = await findTool({ name: 'cc', installHint: '' }).catch(() => undefined);
    if (!pkg || !cc) return undefined;
    const flags = await runTool(pkg, ['--cflags', '--libs', 'libdpkg'], { timeoutMs: 20_000 });
    if (flags.code !== 0) return undefined;
    const built = await runTool(cc, ['-O2', '-o', `${bin}.tmp`, src, ...flags.stdout.trim().split(/\s+/)], { timeoutMs: 120_000 });
    if (built.code !== 0) return undefined;
    renameSync(`${bin}.tmp`, bin);
  }
  helper = { name: 'dpkg-compare', path: bin };
  return helper;
}

/** libdpkg's parseversion + dpkg_version_compare on each pair (see dpkg-compare.c). */
export async function libdpkgCompare(pairs) {
  const tool = await libdpkgHelper();
  if (!tool) throw new Error('cannot build tools/fuzz/dpkg-compare.c: apt-get install libdpkg-dev gcc pkg-config');
  const run = await runTool(tool, [], { input: pairs.map(([a, b]) => `${a} ${b}\n`).join(''), timeoutMs: 120_000, maxOutputBytes: 64 << 20 });
  const lines = run.stdout.trimEnd().split('\n');
  if (run.code !== 0 || lines.length !== pairs.length) throw new Error(`dpkg-compare answered ${lines.length} of ${pairs.length} pairs (exit ${run.code})`);
  return lines.map((l) => (l.startsWith('bad') ? { order: undefined, warning: `${l}: bad syntax` } : { order: l === 'lt' ? -1 : l === 'eq' ? 0 : 1, warning: '' }));
}

/** The fastest faithful reference: libdpkg when the helper builds, else a dpkg process per pair. */
export async function debianReference(pairs) {
  return (await libdpkgHelper()) ? libdpkgCompare(pairs) : dpkgCompare(pairs);
}

const DPKG_LOOP = `while read -r a b; do
  if w=$(dpkg --compare-versions "$a" lt "$b" 2>&1); then r=lt; elif dpkg --compare-versions "$a" eq "$b" 2>/dev/null; then r=eq; else r=gt; fi
  printf '%s %s\\n' "$r" "$(printf %s "$w" | tr '\\n' ' ' | cut -c1-120)"
done`;

/** `dpkg --compare-versions` on each pair: -1, 0 or 1, and dpkg's warning (bad syntax) if it printed one. */
export async function dpkgCompare(pairs) {
  const sh = await findTool({ name: 'sh', installHint: '' });
  if (!existsSync('/usr/bin/dpkg') && !existsSync('/bin/dpkg')) throw new Error('dpkg is not installed: the differential needs the real dpkg');
  const out = [];
  // two shells at a time, each over a chunk of the pairs
  const chunks = [];
  for (let i = 0; i < pairs.length; i += 500) chunks.push(pairs.slice(i, i + 500));
  let next = 0;
  const lane = async () => {
    while (next < chunks.length) {
      const k = next++;
      const run = await runTool(sh, ['-c', DPKG_LOOP], { input: chunks[k].map(([a, b]) => `${a} ${b}\n`).join(''), timeoutMs: 600_000, limits: { cpuSeconds: 600 } });
      const lines = run.stdout.trimEnd().split('\n');
      if (lines.length !== chunks[k].length) throw new Error(`dpkg loop answered ${lines.length} of ${chunks[k].length} pairs: ${run.stderr.slice(0, 200)}`);
      out[k] = lines.map((l) => {
        const [r, ...w] = l.split(' ');
        return { order: r === 'lt' ? -1 : r === 'eq' ? 0 : 1, warning: w.join(' ').trim() };
      });
    }
  };
  await Promise.all([lane(), lane()]);
  return out.flat();
}

const PY = `
import json, sys
from packaging.version import Version, InvalidVersion
def v(s):
    try: return Version(s)
    except InvalidVersion: return None
for line in sys.stdin:
    a, b = json.loads(line)
    va, vb = v(a), v(b)
    if va is None or vb is None: print(json.dumps([va is not None, vb is not None, None]))
    else: print(json.dumps([True, True, (va > vb) - (va < vb)]))
`;

let python;
/** Debian's python3 (with python3-packaging) first, else python3 on PATH. */
async function pythonWithPackaging() {
  if (python) return python;
  for (const p of ['/usr/bin/python3', undefined]) {
    const tool = await findTool({ name: 'python3', installHint: 'apt-get install python3-packaging', ...(p ? { path: p } : {}) }).catch(() => undefined);
    if (!tool) continue;
    const r = await runTool(tool, ['-c', 'import packaging.version; print(packaging.__version__)'], { timeoutMs: 20_000 });
    if (r.code === 0) return (python = { tool, version: r.stdout.trim() });
  }
  throw new Error("Python's packaging is not installed: apt-get install python3-packaging");
}

/** packaging.version.Version on each pair: validity of each side, and -1/0/1 when both are valid. */
export async function pep440Compare(pairs) {
  const { tool } = await pythonWithPackaging();
  const run = await runTool(tool, ['-c', PY], { input: pairs.map((p) => JSON.stringify(p) + '\n').join(''), timeoutMs: 300_000 });
  if (run.code !== 0) throw new Error(`python3 failed: ${run.stderr.slice(-300)}`);
  return run.stdout.trimEnd().split('\n').map((l) => {
    const [va, vb, order] = JSON.parse(l);
    return { validA: va, validB: vb, order };
  });
}

export async function packagingVersion() {
  return (await pythonWithPackaging()).version;
}
