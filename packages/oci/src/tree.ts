import type { LayerEntry } from './layers.js';
import { parentOf, resolveLinkTarget, splitPath } from './paths.js';

/**
 * One path of the merged file system: what the last layer that touched it left there — that layer entry's
 * type, mode, owner, size, link target, and its layer index and digest.
 */
export interface FileNode extends Pick<LayerEntry, 'type' | 'mode' | 'uid' | 'gid' | 'size' | 'linkTarget' | 'layer' | 'layerDigest'> {
  name: string;
  /** A directory no layer wrote itself (its children imply it); shown as root-owned 0755. */
  implicit?: boolean;
  children?: Map<string, FileNode>;
}

/** Something wrong with a layer entry that the tree refused or could not apply. */
export interface TreeAnomaly {
  kind: 'invalid-entry' | 'dangling-hardlink' | 'not-a-directory';
  path: string;
  layer: number;
  layerDigest: string;
  detail: string;
}

export class SymlinkLoopError extends Error {
  constructor(readonly path: string) {
    super(`too many levels of symbolic links resolving ${path} (a symlink loop)`);
    this.name = 'SymlinkLoopError';
  }
}

export const MAX_SYMLINK_HOPS = 40;
const MAX_ANOMALIES = 1000;

function newDir(name: string, layer: number, layerDigest: string, implicit: boolean): FileNode {
  return { name, type: 'directory', mode: 0o755, uid: 0, gid: 0, size: 0, layer, layerDigest, children: new Map(), ...(implicit ? { implicit } : {}) };
}

/** The merged file system of an image: layers applied in order with their whiteouts (overlayfs rules). */
export class FileTree {
  readonly root: FileNode = newDir('', -1, '', true);
  readonly anomalies: TreeAnomaly[] = [];
  anomalyCount = 0;
  private pendingLayer = -1;
  private layerEntries: LayerEntry[] = [];

  private anomaly(a: TreeAnomaly): void {
    this.anomalyCount++;
    if (this.anomalies.length < MAX_ANOMALIES) this.anomalies.push(a);
  }

  /** Adds one layer entry. Entries of a layer are applied when the next layer starts or on `finish()`. */
  add(e: LayerEntry): void {
    if (e.layer !== this.pendingLayer) {
      this.flush();
      this.pendingLayer = e.layer;
    }
    if (e.invalid) {
      this.anomaly({ kind: 'invalid-entry', path: e.path, layer: e.layer, layerDigest: e.layerDigest, detail: e.invalid });
      return;
    }
    this.layerEntries.push(e);
  }

  /** Applies the last pending layer. */
  finish(): this {
    this.flush();
    return this;
  }

  private flush(): void {
    const entries = this.layerEntries;
    this.layerEntries = [];
    // whiteouts hide lower layers only: apply them before the layer's own entries
    for (const e of entries) {
      if (!e.whiteout) continue;
      if (e.whiteout.kind === 'opaque') {
        const dir = this.lookup(e.whiteout.target);
        if (dir?.children) dir.children.clear();
      } else {
        const parent = this.lookup(parentOf(e.whiteout.target));
        parent?.children?.delete(e.whiteout.target.slice(e.whiteout.target.lastIndexOf('/') + 1));
      }
    }
    for (const e of entries) if (!e.whiteout) this.put(e);
  }

  private put(e: LayerEntry): void {
    const parts = splitPath(e.path);
    if (parts.length === 0) {
      Object.assign(this.root, { mode: e.mode, uid: e.uid, gid: e.gid, layer: e.layer, layerDigest: e.layerDigest, implicit: undefined });
      return;
    }
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.children!.get(part);
      if (!next) {
        next = newDir(part, e.layer, e.layerDigest, true);
        dir.children!.set(part, next);
      } else if (!next.children) {
        // a layer writes below a path a lower layer made a file or symlink: the runtime would replace it
        this.anomaly({ kind: 'not-a-directory', path: e.path, layer: e.layer, layerDigest: e.layerDigest, detail: `a parent is a ${next.type}; replaced by a directory` });
        next = newDir(part, e.layer, e.layerDigest, true);
        dir.children!.set(part, next);
      }
      dir = next;
    }
    const name = parts[parts.length - 1]!;
    const old = dir.children!.get(name);
    const node: FileNode = { name, type: e.type, mode: e.mode, uid: e.uid, gid: e.gid, size: e.size, layer: e.layer, layerDigest: e.layerDigest };
    if (e.linkTarget !== undefined) node.linkTarget = e.linkTarget;
    if (e.type === 'hardlink') {
      const target = this.lookup(e.linkTarget ?? '');
      if (!target || target.type !== 'file') this.anomaly({ kind: 'dangling-hardlink', path: e.path, layer: e.layer, layerDigest: e.layerDigest, detail: `hard link to ${e.linkTarget} which is not a file here` });
      else node.size = target.size;
    }
    if (e.type === 'directory') node.children = old?.children ?? new Map();
    dir.children!.set(name, node);
  }

  /** The node at a path, without following symlinks in any component. */
  lookup(path: string): FileNode | undefined {
    let node: FileNode | undefined = this.root;
    for (const part of splitPath(path)) {
      node = node.children?.get(part);
      if (!node) return undefined;
    }
    return node;
  }

  /**
   * Resolves a path the way the kernel would, following symlinks in every component (and in the last one
   * when `followLast`). Returns the canonical path and node (undefined when missing). Throws
   * SymlinkLoopError after 40 links.
   */
  resolve(path: string, followLast = true): { path: string; node: FileNode | undefined } {
    let hops = 0;
    let pending = splitPath(path);
    const done: string[] = [];
    let node: FileNode = this.root;
    while (pending.length) {
      const part = pending.shift()!;
      if (part === '.') continue;
      if (part === '..') {
        done.pop();
        node = this.lookup(`/${done.join('/')}`) ?? this.root;
        continue;
      }
      const child = node.children?.get(part);
      if (!child) return { path: `/${[...done, part, ...pending].join('/')}`, node: undefined };
      if (child.type === 'symlink' && (pending.length > 0 || followLast)) {
        if (++hops > MAX_SYMLINK_HOPS) throw new SymlinkLoopError(path);
        const target = resolveLinkTarget(`/${done.join('/')}`, child.linkTarget ?? '');
        pending = [...splitPath(target), ...pending];
        done.length = 0;
        node = this.root;
        continue;
      }
      if (pending.length && child.type !== 'directory') return { path: `/${[...done, part, ...pending].join('/')}`, node: undefined };
      done.push(part);
      node = child;
    }
    return { path: `/${done.join('/')}`, node };
  }

  /** Every path of the merged tree, depth first, parents before children. */
  *entries(from = '/'): Generator<[string, FileNode]> {
    const start = this.lookup(from);
    if (!start) return;
    const stack: [string, FileNode][] = [[from === '/' ? '/' : from, start]];
    while (stack.length) {
      const [p, n] = stack.pop()!;
      yield [p, n];
      if (n.children) {
        const kids = [...n.children.values()].sort((a, b) => (a.name < b.name ? 1 : -1));
        for (const c of kids) stack.push([p === '/' ? `/${c.name}` : `${p}/${c.name}`, c]);
      }
    }
  }

  /** Paths below a directory matching a glob-like pattern of `*` in single components (e.g. `/usr/local/lib/python3*`). */
  glob(pattern: string): string[] {
    let current = ['/'];
    for (const part of splitPath(pattern)) {
      const re = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      const next: string[] = [];
      for (const dir of current) {
        let r;
        try {
          r = this.resolve(dir);
        } catch {
          continue;
        }
        for (const name of r.node?.children?.keys() ?? []) if (re.test(name)) next.push(dir === '/' ? `/${name}` : `${dir}/${name}`);
      }
      current = next.sort();
    }
    return current;
  }
}
