import { describe, expect, it } from 'vitest';
import type { Inventory } from '../inventory/types.js';
import { inventoryToCycloneDx, SbomValidationError, validateBomJson } from './cyclonedx.js';

const inventory: Inventory = {
  os: { id: 'debian', versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' },
  problems: [],
  packages: [
    { ecosystem: 'Debian', name: 'libc6', version: '2.36-9+deb12u14', source: { name: 'glibc', version: '2.36-9+deb12u14' }, arch: 'amd64', path: '/var/lib/dpkg/status', layer: { index: 0, digest: 'sha256:' + 'a'.repeat(64) }, purl: 'pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12' },
    { ecosystem: 'PyPI', name: 'tiny_pkg', version: '1.2.0', path: '/opt/airflow/.local/lib/python3.11/site-packages/tiny_pkg-1.2.0.dist-info/METADATA', purl: 'pkg:pypi/tiny-pkg@1.2.0' },
    { ecosystem: 'PyPI', name: 'tiny_pkg', version: '1.2.0', path: '/usr/local/lib/python3.11/dist-packages/tiny_pkg-1.2.0.dist-info/METADATA', purl: 'pkg:pypi/tiny-pkg@1.2.0' },
    { ecosystem: 'npm', name: '@scope/thing', version: '1.0.0', path: '/app/node_modules/@scope/thing/package.json', purl: 'pkg:npm/%40scope/thing@1.0.0' },
  ],
};

describe('inventoryToCycloneDx', () => {
  it('writes a schema-valid CycloneDX 1.6 document with purls and provenance', async () => {
    const json = await inventoryToCycloneDx(inventory, { name: 'flightcheck/python-base:bookworm', id: 'sha256:' + 'b'.repeat(64) }, new Date('2026-01-01T00:00:00Z'));
    const doc = JSON.parse(json);
    expect(doc).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { timestamp: '2026-01-01T00:00:00.000Z', component: { type: 'container', name: 'flightcheck/python-base:bookworm' } } });
    expect(doc.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    const purls = doc.components.map((c: { purl?: string; type: string; name: string }) => c.purl ?? `${c.type}:${c.name}`);
    expect(purls.sort()).toEqual(['operating-system:debian', 'pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12', 'pkg:npm/%40scope/thing@1.0.0', 'pkg:pypi/tiny-pkg@1.2.0', 'pkg:pypi/tiny-pkg@1.2.0']);
    const libc = doc.components.find((c: { name: string }) => c.name === 'libc6');
    expect(libc.properties).toEqual(expect.arrayContaining([{ name: 'flightcheck:package:source_name', value: 'glibc' }, { name: 'flightcheck:layer:digest', value: 'sha256:' + 'a'.repeat(64) }]));
    const refs = doc.components.map((c: { 'bom-ref': string }) => c['bom-ref']);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toContain('pkg:pypi/tiny-pkg@1.2.0#2');
  });

  it('validates for real: a broken document is rejected', async () => {
    await expect(validateBomJson(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ type: 'nope', name: 1 }] }))).rejects.toBeInstanceOf(SbomValidationError);
    await expect(validateBomJson('{"bomFormat":"CycloneDX","specVersion":"1.6","version":1}')).resolves.toBeUndefined();
  });
});
