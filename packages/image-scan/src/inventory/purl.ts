import { PackageURL } from 'packageurl-js';
import type { OsInfo } from './types.js';

/** `pkg:deb/debian/<name>@<version>?arch=<arch>&distro=debian-<major>` (purl-spec `deb` type). */
export function debPurl(name: string, version: string, arch: string | undefined, os: OsInfo | undefined): string {
  const qualifiers: Record<string, string> = {};
  if (arch) qualifiers.arch = arch;
  const major = os?.versionId?.split('.')[0];
  if (os?.id && major) qualifiers.distro = `${os.id}-${major}`;
  return new PackageURL('deb', os?.id ?? 'debian', name, version, Object.keys(qualifiers).length ? qualifiers : undefined, undefined).toString();
}

/** `pkg:pypi/<normalised name>@<version>`. */
export function pypiPurl(name: string, version: string): string {
  return new PackageURL('pypi', undefined, name, version, undefined, undefined).toString();
}

/** `pkg:npm/<name>@<version>`, scoped packages with their namespace. */
export function npmPurl(name: string, version: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const ns = slash > 0 ? name.slice(0, slash) : undefined;
  return new PackageURL('npm', ns, slash > 0 ? name.slice(slash + 1) : name, version, undefined, undefined).toString();
}
