import { spawn } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findProcesses } from '@flightcheck/core';
import { writeImageArchive, type EntrySpec } from '@flightcheck/oci/testing';
import { EARLIER, type Case } from './earlier-inputs.js';

// The list of hostile inputs (issue 12 and earlier ones), each through the real CLI: it ends within its bound with
// exit 0–2 and a clear message, prints no stack trace, writes nothing outside its temporary folder (TMPDIR and the
// working folder hold only what the test put there) and leaves no process behind.
const CLI = resolve(import.meta.dirname, '../bin/flightcheck.js');
const root = mkdtempSync(join(tmpdir(), 'fc-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));


const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort();

async function runCli(args: string[], dir: string, tmp: string, boundMs: number) {
  const t0 = Date.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { ...process.env, TMPDIR: tmp, FLIGHTCHECK_DEBUG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out.length < 1 << 20 ? (out += c.toString()) : undefined));
  child.stderr.on('data', (c: Buffer) => (err.length < 1 << 20 ? (err += c.toString()) : undefined));
  const timer = setTimeout(() => child.kill('SIGKILL'), boundMs);
  const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  clearTimeout(timer);
  return { code, out, err, ms: Date.now() - t0, owner: child.pid! };
}

/** A sparse file of `size` NUL bytes: one line of that length, costing no disk. */
function sparse(file: string, size: number, head = ''): void {
  const fd = openSync(file, 'w');
  if (head) writeSync(fd, head);
  ftruncateSync(fd, size);
  closeSync(fd);
}

const base: EntrySpec[] = [
  { path: 'etc', type: 'dir' },
  { path: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\nairflow:x:50000:50000::/opt/airflow:/bin/sh\n' },
  { path: 'etc/group', content: 'root:x:0:\nairflow:x:50000:\n' },
];
const image = async (dir: string, entries: EntrySpec[], gzip = false): Promise<string[]> => {
  const file = join(dir, 'image.tar');
  await writeImageArchive(file, { layers: [{ entries: base }, { entries }], user: '50000:50000', gzip });
  return ['permissions', '--archive', file, '--format', 'json'];
};

const nested = (n: number) => `${'$('.repeat(n)}x${')'.repeat(n)}`;
const CASES: Case[] = [
  { name: 'a RUN nesting $( 3,000 deep', setup: (d) => (writeFileSync(join(d, 'Dockerfile'), `FROM debian:12.5\nRUN echo ${nested(3000)}\n`), ['dockerfile-lint', '--no-shellcheck', 'Dockerfile']), boundMs: 60_000, says: /Dockerfile:2:1 .*nesting deeper than 200/ },
  { name: 'a RUN of 100,000 && commands (1.3 MB)', setup: (d) => (writeFileSync(join(d, 'Dockerfile'), `FROM debian:12.5\nRUN ${Array.from({ length: 100_000 }, (_, i) => `echo ${i}`).join(' && ')}\n`), ['dockerfile-lint', '--no-shellcheck', 'Dockerfile']), boundMs: 90_000, says: /^0 findings, 0 suppressed in 1 result$/m, exit: 0 },
  { name: 'YAML nested 10,000 deep', setup: (d) => (writeFileSync(join(d, 'deep.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`), ['compliance', 'deep.yaml']), boundMs: 60_000, says: /deep\.yaml/ },
  { name: 'a billion-laughs alias bomb', setup: (d) => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(join(d, 'bomb.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n${lines.join('\n')}\n`);
    return ['compliance', 'bomb.yaml'];
  }, boundMs: 60_000, says: /bomb\.yaml.*alias/i },
  { name: 'a 2 GB single line (Dockerfile)', setup: (d) => (sparse(join(d, 'Dockerfile'), 2 ** 31, 'FROM debian:12.5 '), ['dockerfile-lint', 'Dockerfile']), boundMs: 30_000, says: /Dockerfile: is 2147483\d+ bytes/ },
  { name: 'a 2 GB single line (manifest)', setup: (d) => (sparse(join(d, 'big.yaml'), 2 ** 31, 'a: '), ['compliance', 'big.yaml']), boundMs: 30_000, says: /big\.yaml.*(2147483\d+ bytes|larger than|more than)/ },
  { name: 'invalid UTF-8 in a Dockerfile', setup: (d) => (writeFileSync(join(d, 'Dockerfile'), Buffer.concat([Buffer.from('FROM debian:12.5\nRUN echo '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80]), Buffer.from('\n')])), ['dockerfile-lint', '--no-shellcheck', 'Dockerfile']), boundMs: 30_000, says: /Dockerfile:2: is not valid UTF-8/, exit: 2 },
  { name: 'a UTF-16 manifest', setup: (d) => (writeFileSync(join(d, 'u16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n', 'utf16le')])), ['compliance', 'u16.yaml']), boundMs: 30_000, says: /u16\.yaml/ },
  { name: 'invalid UTF-8 in a manifest', setup: (d) => (writeFileSync(join(d, 'bad.yaml'), Buffer.concat([Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')])), ['compliance', 'bad.yaml']), boundMs: 30_000, says: /bad\.yaml:4: is not valid UTF-8/, exit: 2 },
  { name: 'a gzip bomb layer (1 GiB of zeros in ~1 MB)', setup: (d) => image(d, [{ path: 'bomb', size: 2 ** 30 }], true), boundMs: 180_000, says: /"check": "permissions"/, exit: 1 },
  { name: 'a tar with 1,000,000 entries', setup: (d) => image(d, [{ path: 'm', type: 'dir' }, ...Array.from({ length: 1_000_000 }, (_, i) => ({ path: `m/${i}`, content: '' }))], true), boundMs: 300_000, says: /"check": "permissions"/, exit: 1 },
  { name: 'a path of 10,000 components', setup: (d) => image(d, [{ path: `${'a/'.repeat(10_000)}f`, content: 'x' }]), boundMs: 60_000, says: /has an entry refused as hostile: (a\/){20}/, exit: 1 },
  { name: 'a symlink chain of 1,000', setup: (d) => image(d, [...Array.from({ length: 1000 }, (_, i) => ({ path: `l${i}`, type: 'symlink' as const, linkTarget: `l${i + 1}` })), { path: 'l1000', type: 'symlink', linkTarget: 'l0' }, { path: 'opt', type: 'symlink', linkTarget: '/l0' }]), boundMs: 60_000, says: /\/opt\/airflow cannot be resolved: too many levels of symbolic links/, exit: 1 },
  // a tar header's name ends at its first NUL (as Go's archive/tar, and so Docker, reads it): the entry is etc/x
  { name: 'a NUL byte in an entry name', setup: (d) => image(d, [{ path: 'etc/x\u0000y', content: 'x' }]), boundMs: 60_000, says: /"check": "permissions"/, exit: 1 },
];

describe('hostile inputs through the CLI', () => {
  for (const c of [...CASES, ...EARLIER]) {
    it(`${c.name}: ends within ${c.boundMs / 1000} s, exit 0-2, a clear message, no trace, nothing left`, async () => {
      const dir = mkdtempSync(join(root, 'case-'));
      const tmp = join(root, `${dir.split('/').pop()}-tmp`);
      mkdirSync(tmp);
      const args = await c.setup(dir);
      const before = listing(dir);
      const r = await runCli(args, dir, tmp, c.boundMs);
      try {
        expect(r.code, `killed at its bound (${r.ms} ms)\n${r.err.slice(0, 500)}`).not.toBeNull();
        expect([0, 1, 2], `exit ${r.code}: ${r.err.slice(0, 500)}`).toContain(r.code);
        if (c.exit !== undefined) expect(r.code, `${r.out.slice(0, 300)}\n${r.err.slice(0, 500)}`).toBe(c.exit);
        expect(r.err).not.toMatch(/\n\s+at .*(\.js|\.ts):\d+/);
        expect(r.err).not.toMatch(/internal error/);
        expect(`${r.out}\n${r.err}`.slice(0, 200_000)).toMatch(c.says);
        expect(listing(dir)).toEqual(before);
        expect(readdirSync(tmp)).toEqual([]);
        expect(findProcesses({ owner: r.owner })).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(tmp, { recursive: true, force: true });
      }
    }, c.boundMs + 300_000);
  }
});
