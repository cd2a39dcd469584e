import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inventoryOf } from '../builtin/engine.js';
import { inventoryToCycloneDx } from './cyclonedx.js';

export interface WriteSbomOptions {
  image?: string;
  archive?: string;
  output?: string;
  cwd: string;
  stdout: (text: string) => void;
}

/** `flightcheck sbom`: inventory → validated CycloneDX JSON → a file or stdout. Returns a summary line. */
export async function writeSbom(o: WriteSbomOptions): Promise<string> {
  const { inventory, imageId } = await inventoryOf(o.image ? { image: o.image } : { archive: resolve(o.cwd, o.archive!) });
  const json = await inventoryToCycloneDx(inventory, { name: o.image ?? o.archive!, ...(imageId ? { id: imageId } : {}) });
  if (o.output) writeFileSync(resolve(o.cwd, o.output), json);
  else o.stdout(json);
  const skipped = inventory.problems.map((p) => `  skipped part of ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`).join('');
  return `${skipped}sbom: ${inventory.packages.length} packages${o.output ? ` written to ${o.output}` : ''} (CycloneDX 1.6, schema-valid)\n`;
}
