import type { OsvAffected, OsvRecord } from './record.js';

/** PEP 503 name normalisation: lower case, runs of `-`, `_`, `.` become one `-`. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The key a package name is indexed under in an ecosystem. */
export function packageKey(ecosystem: string, name: string): string {
  return ecosystem.startsWith('PyPI') && (ecosystem.length === 4 || ecosystem[4] === ':') ? normalizePypiName(name) : name;
}

export interface IndexedEntry {
  record: OsvRecord;
  affected: OsvAffected;
}

/** A package's entries, flat: record, affected, record, affected... (no object per entry while loading). */
type Slots = (OsvRecord | OsvAffected)[];

/**
 * OSV records indexed by ecosystem (as written, e.g. `Debian:12`) and package. A record id seen twice
 * (the per-ecosystem dumps repeat cross-ecosystem records) keeps its most recently modified version.
 */
export class OsvIndex {
  private readonly byEcosystem = new Map<string, Map<string, Slots>>();
  private readonly byId = new Map<string, OsvRecord>();
  private readonly superseded = new Set<OsvRecord>();
  withdrawn = 0;
  duplicates = 0;
  newestModified: string | undefined;

  get size(): number {
    return this.byId.size;
  }

  ecosystems(): string[] {
    return [...this.byEcosystem.keys()].sort();
  }

  private lastEcosystem: string | undefined;
  private lastPackages: Map<string, Slots> | undefined;

  /** The package map of an ecosystem (created on first use); the last one is kept at hand, as dumps come one ecosystem at a time. */
  private packagesOf(ecosystem: string): Map<string, Slots> {
    if (ecosystem === this.lastEcosystem) return this.lastPackages!;
    let pkgs = this.byEcosystem.get(ecosystem);
    if (!pkgs) this.byEcosystem.set(ecosystem, (pkgs = new Map()));
    this.lastEcosystem = ecosystem;
    this.lastPackages = pkgs;
    return pkgs;
  }

  /** Adds a record; returns false when it was skipped (withdrawn, or an older copy of a known id). */
  add(record: OsvRecord): boolean {
    if (record.modified && (!this.newestModified || record.modified > this.newestModified)) this.newestModified = record.modified;
    if (record.withdrawn) {
      this.withdrawn++;
      return false;
    }
    const known = this.byId.get(record.id);
    if (known) {
      this.duplicates++;
      if ((record.modified ?? '') <= (known.modified ?? '')) return false;
      this.superseded.add(known);
    }
    this.byId.set(record.id, record);
    for (const affected of record.affected) {
      const pkgs = this.packagesOf(affected.ecosystem);
      const key = packageKey(affected.ecosystem, affected.name);
      const list = pkgs.get(key);
      if (list) list.push(record, affected);
      else pkgs.set(key, [record, affected]);
    }
    return true;
  }

  /** The entries for a package in one ecosystem (exactly as named: `Debian:12` does not include `Debian`). */
  lookup(ecosystem: string, name: string): IndexedEntry[] {
    const list = this.byEcosystem.get(ecosystem)?.get(packageKey(ecosystem, name));
    if (!list) return [];
    const out: IndexedEntry[] = [];
    for (let i = 0; i < list.length; i += 2) {
      const record = list[i] as OsvRecord;
      if (!this.superseded.has(record)) out.push({ record, affected: list[i + 1] as OsvAffected });
    }
    return out;
  }

  hasEcosystem(ecosystem: string): boolean {
    return this.byEcosystem.has(ecosystem);
  }
}
