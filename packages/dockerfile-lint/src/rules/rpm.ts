import { argsNoFlags } from '../parser/command.js';
import type { Command } from '../parser/shell.js';
import type { StageVars } from './stages.js';

const VERSION_PART = /^[A-Za-z0-9.~^_:+]+$/;

/** `name-version[-release]`: at least two `-` parts, the rest made of version characters, one starting with a digit. */
export function rpmPinned(pkg: string, vars: StageVars): boolean {
  if (pkg.endsWith('.rpm')) return true;
  if (pkg.includes('$')) {
    const refs = [...pkg.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
    return refs.length > 0 && refs.every((r) => vars.args.has(r) || vars.env.has(r));
  }
  const parts = pkg.split('-');
  if (parts.length < 2) return false;
  const rest = parts.slice(1);
  return rest.every((p) => VERSION_PART.test(p)) && rest.some((p) => /^\d/.test(p));
}

/** yum/dnf/microdnf `install` with a package that has no version (module items need `name:stream`). */
export function rpmUnpinned(c: Command, vars: StageVars, dnf: boolean): boolean {
  if (!c.args.includes('install')) return false;
  const items = argsNoFlags(c).filter((a) => a !== 'install');
  if (c.args.includes('module')) return items.filter((a) => a !== 'module').some((a) => !a.includes(':'));
  if (dnf && c.args.includes('group')) return false;
  return items.some((p) => !rpmPinned(p, vars));
}
