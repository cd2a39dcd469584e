import { randomUUID } from 'node:crypto';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { TOOL } from '@flightcheck/core';
import { PackageURL } from 'packageurl-js';
import type { Inventory, InventoryPackage } from '../inventory/types.js';

export interface BomSubject {
  /** What was scanned: an image reference or an archive file. */
  name: string;
  /** The image id (`sha256:…`), when known. */
  id?: string;
}

/** CycloneDX spec version written: 1.6 (the task asks for 1.5 or later). */
const BOM_SPEC = CDX.Spec.Spec1dot6;
export const BOM_SPEC_VERSION: string = BOM_SPEC.version;

export class SbomValidationError extends Error {
  constructor(readonly errors: unknown) {
    super(`the generated CycloneDX document is not valid against the ${BOM_SPEC.version} schema: ${JSON.stringify(errors).slice(0, 500)}`);
    this.name = 'SbomValidationError';
  }
}

function property(name: string, value: string): CDX.Models.Property {
  return new CDX.Models.Property(name, value);
}

function component(pkg: InventoryPackage, ref: string): CDX.Models.Component {
  const c = new CDX.Models.Component(CDX.Enums.ComponentType.Library, pkg.name, { version: pkg.version, bomRef: ref });
  try {
    c.purl = PackageURL.fromString(pkg.purl).toString();
  } catch {
    // an unparsable purl is left out rather than written wrong
  }
  c.properties.add(property('flightcheck:package:type', pkg.ecosystem === 'Debian' ? 'deb' : pkg.ecosystem === 'PyPI' ? 'python' : 'npm'));
  c.properties.add(property('flightcheck:package:path', pkg.path));
  if (pkg.source) {
    c.properties.add(property('flightcheck:package:source_name', pkg.source.name));
    c.properties.add(property('flightcheck:package:source_version', pkg.source.version));
  }
  if (pkg.layer) c.properties.add(property('flightcheck:layer:digest', pkg.layer.digest));
  if (pkg.managedBy) c.properties.add(property('flightcheck:package:managed_by', pkg.managedBy));
  return c;
}

/** The inventory as a CycloneDX BOM: the image as the subject, its OS and every package as components. */
export function buildBom(inventory: Inventory, subject: BomSubject, now: Date = new Date()): CDX.Models.Bom {
  const bom = new CDX.Models.Bom();
  bom.serialNumber = `urn:uuid:${randomUUID()}`;
  bom.metadata.timestamp = now;
  bom.metadata.tools.components.add(new CDX.Models.Component(CDX.Enums.ComponentType.Application, TOOL.name, { version: TOOL.version }));
  const image = new CDX.Models.Component(CDX.Enums.ComponentType.Container, subject.name, { bomRef: 'image', ...(subject.id ? { version: subject.id } : {}) });
  bom.metadata.component = image;
  if (inventory.os) {
    const os = new CDX.Models.Component(CDX.Enums.ComponentType.OperatingSystem, inventory.os.id, { bomRef: 'os', ...(inventory.os.versionId ? { version: inventory.os.versionId } : {}) });
    if (inventory.os.prettyName) os.description = inventory.os.prettyName;
    bom.components.add(os);
    image.dependencies.add(os.bomRef);
  }
  const refs = new Set<string>();
  for (const pkg of inventory.packages) {
    let ref = pkg.purl;
    for (let n = 2; refs.has(ref); n++) ref = `${pkg.purl}#${n}`;
    refs.add(ref);
    const c = component(pkg, ref);
    bom.components.add(c);
    image.dependencies.add(c.bomRef);
  }
  return bom;
}

/** Serialises a BOM as CycloneDX JSON. */
export function serializeBom(bom: CDX.Models.Bom): string {
  const serializer = new CDX.Serialize.JsonSerializer(new CDX.Serialize.JSON.Normalize.Factory(BOM_SPEC));
  return serializer.serialize(bom, { sortLists: true, space: 2 }) + '\n';
}

/** Validates CycloneDX JSON against the schema the library ships; throws SbomValidationError. */
export async function validateBomJson(json: string): Promise<void> {
  const errors = await new CDX.Validation.JsonStrictValidator(BOM_SPEC.version).validate(json);
  if (errors !== null && errors !== undefined) throw new SbomValidationError(errors);
}

/** Builds, serialises and validates: the document `flightcheck sbom` writes. */
export async function inventoryToCycloneDx(inventory: Inventory, subject: BomSubject, now?: Date): Promise<string> {
  const json = serializeBom(buildBom(inventory, subject, now));
  await validateBomJson(json);
  return json;
}
