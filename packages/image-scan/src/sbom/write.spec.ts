import { describe, expect, it } from 'vitest';
import { smallImage } from '../../test/support/fixtures.js';
import { writeSbom } from './write.js';

describe('writeSbom', () => {
  it('prints the SBOM on stdout without --output', async () => {
    const out: string[] = [];
    const summary = await writeSbom({ archive: await smallImage(), cwd: '/', stdout: (t) => out.push(t) });
    const bom = JSON.parse(out.join(''));
    expect(bom.specVersion).toBe('1.6');
    expect(bom.metadata.component.version).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(summary).toBe('sbom: 3 packages (CycloneDX 1.6, schema-valid)\n');
  });
});
