import { lstatSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from './errors.js';

/** Standard input on a command line. */
export const STDIN_PATH = '-';

export interface ExpandInputOptions {
  /** Relative paths are resolved against it. */
  cwd: string;
  /** Which file names beneath a directory are inputs (`Dockerfile`, `*.yaml`, …). */
  match(name: string): boolean;
  /** Files found under directories at the most, over all paths. */
  maxFiles: number;
  /** Directory levels below a given directory at the most. */
  maxDepth: number;
  /** Keep `-` (standard input) as it is. */
  stdin?: boolean;
  /** Directories not entered (default: `node_modules` and `.git`). */
  skipDir?(name: string): boolean;
  /** Order of the names in one directory (default: by UTF-16 code units, the same on every machine). */
  compare?(a: string, b: string): number;
  /**
   * `absolute` (default): every path resolved against cwd. `as-given`: a file as written, files found
   * under a relative directory relative to cwd (`dir/sub/Dockerfile`), under an absolute one absolute.
   */
  output?: 'absolute' | 'as-given';
  /** Follow a symbolic link named on the command line (default true); links beneath are never followed. */
  followGivenLinks?: boolean;
  messages?: {
    /** For a path that does not exist (default `no such file or directory`). */
    missing?: string;
    /** Set: a directory without a matching file is an InputError with this reason. */
    emptyDir?: string;
    /** For a directory that takes the count over maxFiles (default `holds more than <max> files`). */
    tooMany?(max: number): string;
    /** For a directory below maxDepth (default `directories nested too deep`). */
    tooDeep?: string;
  };
}

const DEFAULT_SKIP = new Set(['node_modules', '.git']);
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands the paths of a command line: files as given, directories to every matching file beneath them,
 * each directory's entries in sorted order, symbolic links beneath never followed, with a bound on files
 * and depth. A missing or unreadable path is an InputError naming it.
 */
export function expandInputPaths(paths: readonly string[], opts: ExpandInputOptions): string[] {
  const compare = opts.compare ?? byCodeUnit;
  const skipDir = opts.skipDir ?? ((name: string) => DEFAULT_SKIP.has(name));
  const msg = opts.messages ?? {};
  let count = 0;

  const walk = (dir: string, depth: number, found: string[]): void => {
    // never a quiet cut: a file left out of a security check is an error the user must see
    if (depth > opts.maxDepth) {
      throw new InputError(dir, msg.tooDeep ?? 'directories nested too deep');
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new InputError(dir, `cannot read directory (${(e as NodeJS.ErrnoException).code})`);
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!skipDir(e.name)) walk(join(dir, e.name), depth + 1, found);
      } else if (e.isFile() && opts.match(e.name)) {
        if (count >= opts.maxFiles) {
          throw new InputError(dir, msg.tooMany ? msg.tooMany(opts.maxFiles) : `holds more than ${opts.maxFiles} files`);
        }
        found.push(join(dir, e.name));
        count++;
      }
    }
  };

  const out: string[] = [];
  for (const p of paths) {
    if (opts.stdin && p === STDIN_PATH) {
      out.push(p);
      continue;
    }
    const abs = resolve(opts.cwd, p);
    let st;
    try {
      st = opts.followGivenLinks === false ? lstatSync(abs) : statSync(abs);
    } catch {
      throw new InputError(p, msg.missing ?? 'no such file or directory');
    }
    const asGiven = opts.output === 'as-given';
    if (!st.isDirectory()) {
      out.push(asGiven ? p : abs);
      continue;
    }
    const found: string[] = [];
    walk(abs, 0, found);
    if (!found.length && msg.emptyDir) throw new InputError(p, msg.emptyDir);
    out.push(...(asGiven && !isAbsolute(p) ? found.map((f) => join(p, relative(abs, f))) : found));
  }
  return out;
}
