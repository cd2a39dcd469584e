// House style, enforced: a spec beside every source file, files kept small, no Nx or processes in the
// pure packages' sources, and dependencies that point one way (checks → oci → core; no check imports
// another check).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
const CHECKS = ['dockerfile-lint', 'compliance', 'image-build', 'image-scan', 'permissions', 'signing', 'secrets', 'rbac', 'pod-security', 'airflow', 'network-policy'];
const MAX_LINES = 500;

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '__fixtures__' || e.name === 'files' || e.name === 'node_modules') continue;
      walk(p, out);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const packages = readdirSync(packagesDir).filter((p) => existsSync(join(packagesDir, p, 'src')));

function sources(pkg) {
  return walk(join(packagesDir, pkg, 'src')).filter((f) => !/\.(spec|test)\.ts$/.test(f));
}

/** A file with no run-time code: only types, interfaces and re-exports. */
function typeOnly(file) {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const stripped = code
    .replace(/^\s*import\s+type\b[\s\S]*?;\s*$/gm, '')
    .replace(/^\s*export\s+(type\s+)?\{[\s\S]*?\}(\s+from\s+['"][^'"]+['"])?;\s*$/gm, '')
    .replace(/^\s*export\s+\*\s+from\s+['"][^'"]+['"];\s*$/gm, '')
    .replace(/^\s*import\s+\{[\s\S]*?\}\s+from\s+['"][^'"]+['"];\s*$/gm, '')
    .replace(/^\s*import\s+\w+\s+from\s+['"][^'"]+['"];\s*$/gm, '')
    .replace(/^\s*export\s+(declare\s+)?(interface|type)\s+\w+[\s\S]*?^\}?;?\s*$/gm, '');
  return !/\b(function|const|let|var|class|=>)\b/.test(stripped);
}

describe('house style', () => {
  for (const pkg of packages) {
    describe(pkg, () => {
      it('has a spec beside every source file with run-time code', () => {
        const missing = sources(pkg)
          .filter((f) => !f.endsWith('/index.ts') && !typeOnly(f))
          .filter((f) => !existsSync(f.replace(/\.ts$/, '.spec.ts')))
          .map((f) => relative(root, f));
        expect(missing).toEqual([]);
      });

      it(`keeps files under ${MAX_LINES} lines`, () => {
        const long = walk(join(packagesDir, pkg, 'src'))
          .map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length])
          .filter(([, n]) => n > MAX_LINES);
        expect(long).toEqual([]);
      });

      it('imports no other check package, and core imports none of them', () => {
        const bad = [];
        for (const f of sources(pkg)) {
          for (const m of readFileSync(f, 'utf8').matchAll(/from\s+['"](@flightcheck\/[\w-]+)/g)) {
            const dep = m[1].split('/')[1];
            if (dep === pkg) continue;
            if (pkg === 'core' && dep !== 'core') bad.push(`${relative(root, f)} → ${m[1]}`);
            if (CHECKS.includes(pkg) && CHECKS.includes(dep)) bad.push(`${relative(root, f)} → ${m[1]}`);
            if (pkg === 'oci' && dep !== 'core') bad.push(`${relative(root, f)} → ${m[1]}`);
          }
        }
        expect(bad).toEqual([]);
      });
    });
  }

  it('keeps Nx out of core and out of pure logic (Nx only in executors/, generators/, nx-plugin)', () => {
    const bad = [];
    for (const pkg of packages.filter((p) => p !== 'nx-plugin')) {
      for (const f of sources(pkg)) {
        if (/\/(executors|generators)\//.test(f)) continue;
        if (/from\s+['"](@nx\/|nx\/|nx['"])/.test(readFileSync(f, 'utf8'))) bad.push(relative(root, f));
      }
    }
    expect(bad).toEqual([]);
  });

  it('starts no process in core outside the tool runner', () => {
    const bad = sources('core')
      .filter((f) => !f.endsWith('tool-runner.ts'))
      .filter((f) => /child_process|from\s+['"]zx['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(bad).toEqual([]);
  });
});
