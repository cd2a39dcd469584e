// A small Debian archive on disk, served over HTTP on 127.0.0.1, for the archive engine's specs: real
// .debs built with dpkg-deb, Packages.xz compressed with xz, InRelease with real SHA256 sums (unsigned).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FixturePackage {
  name: string;
  version: string;
  source?: string;
  /** Changelog text of /usr/share/doc/<name>/changelog.Debian.gz; none when absent. */
  changelog?: string;
}

export interface FixtureArchive {
  uri: string;
  root: string;
  requests: string[];
  close(): Promise<void>;
}

function buildDeb(dir: string, p: FixturePackage): { file: string; size: number; sha256: string } {
  const tree = mkdtempSync(join(tmpdir(), 'fc-deb-'));
  try {
    mkdirSync(join(tree, 'DEBIAN'));
    writeFileSync(join(tree, 'DEBIAN', 'control'), `Package: ${p.name}\nVersion: ${p.version}\nArchitecture: amd64\nMaintainer: t <t@example.org>\nDescription: fixture\n${p.source ? `Source: ${p.source}\n` : ''}`);
    if (p.changelog !== undefined) {
      mkdirSync(join(tree, 'usr', 'share', 'doc', p.name), { recursive: true });
      writeFileSync(join(tree, 'usr', 'share', 'doc', p.name, 'changelog.Debian.gz'), gzipSync(p.changelog));
    }
    const file = join(dir, `${p.name}_${p.version}_amd64.deb`);
    execFileSync('dpkg-deb', ['--root-owner-group', '-Zxz', '-b', tree, file], { stdio: 'ignore' });
    const data = readFileSync(file);
    return { file, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

/** Writes suites (`{ bookworm: [...], 'bookworm-security': [...] }`) and serves them; `uri` is the mirror. */
export async function serveArchive(suites: Record<string, FixturePackage[]>): Promise<FixtureArchive> {
  const root = mkdtempSync(join(tmpdir(), 'fc-archive-'));
  for (const [suite, pkgs] of Object.entries(suites)) {
    const pool = join(root, 'pool', suite);
    mkdirSync(pool, { recursive: true });
    const stanzas = pkgs.map((p) => {
      const deb = buildDeb(pool, p);
      return `Package: ${p.name}\n${p.source ? `Source: ${p.source}\n` : ''}Version: ${p.version}\nArchitecture: amd64\nFilename: pool/${suite}/${p.name}_${p.version}_amd64.deb\nSize: ${deb.size}\nSHA256: ${deb.sha256}\n`;
    });
    const dist = join(root, 'dists', suite, 'main', 'binary-amd64');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'Packages'), `${stanzas.join('\n')}\n`);
    execFileSync('xz', ['-kf', join(dist, 'Packages')]);
    const xz = readFileSync(join(dist, 'Packages.xz'));
    writeFileSync(join(root, 'dists', suite, 'InRelease'), `Origin: Debian\nSuite: ${suite}\nDate: Mon, 30 Nov 2026 00:22:33 UTC\nSHA256:\n ${createHash('sha256').update(xz).digest('hex')} ${xz.length} main/binary-amd64/Packages.xz\n`);
  }
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    try {
      const data = readFileSync(join(root, normalize(path).replace(/^(\.\.[/\\])+/, '')));
      res.writeHead(200, { 'content-length': data.length }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    uri: `http://127.0.0.1:${port}`,
    root,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(root, { recursive: true, force: true });
      }),
  };
}

