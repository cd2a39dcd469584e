/** What the built-in engine found in an image: the OS and its packages, each with where it came from. */
export type PackageEcosystem = 'Debian' | 'PyPI' | 'npm';

export interface LayerInfo {
  index: number;
  digest: string;
}

export interface InventoryPackage {
  ecosystem: PackageEcosystem;
  name: string;
  version: string;
  /** Debian: the source package and its version (what OSV's Debian records name). */
  source?: { name: string; version: string };
  arch?: string;
  /** The file the package was read from (`/var/lib/dpkg/status`, `…/requests-2.31.0.dist-info/METADATA`). */
  path: string;
  layer?: LayerInfo;
  purl: string;
  /** Installed by the OS package manager (a Debian-packaged Python module): matched through its Debian source. */
  managedBy?: 'dpkg';
}

export interface OsInfo {
  id: string;
  versionId?: string;
  versionCodename?: string;
  prettyName?: string;
}

export interface InventoryProblem {
  file: string;
  line?: number;
  message: string;
}

export interface Inventory {
  os?: OsInfo;
  packages: InventoryPackage[];
  /** Inputs skipped or only partly read: reported as notices, never silently dropped. */
  problems: InventoryProblem[];
}
