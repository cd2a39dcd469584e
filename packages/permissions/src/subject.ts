import { buildFileTree, describeNode, SymlinkLoopError, type FileNode, type FileTree, type ImageArchive, type ImageConfig } from '@flightcheck/oci';
import { parseGroup, parsePasswd, resolveUser, type GroupEntry, type PasswdEntry, type ResolvedUser } from './accounts.js';

/** Everything the static rules look at, read from the image in one streamed pass. */
export interface ImageSubject {
  /** How the image is named in messages: its reference or the archive file. */
  name: string;
  config: ImageConfig;
  tree: FileTree;
  passwd: PasswdEntry[];
  groups: GroupEntry[];
  user: ResolvedUser;
  /** Every path some installed Debian package ships (the image's /var/lib/dpkg/info/*.list). */
  dpkgPaths: Set<string>;
  /** createdBy of each layer, for messages. */
  layerCommands: (string | undefined)[];
}

const DPKG_LIST = /^\/var\/lib\/dpkg\/info\/[^/]+\.list$/;

export function isCaptured(path: string): boolean {
  return path === '/etc/passwd' || path === '/etc/group' || DPKG_LIST.test(path);
}

/** Builds the subject from an opened archive (the one pass over the layers). */
export async function loadImageSubject(archive: ImageArchive, name: string): Promise<ImageSubject> {
  const { tree, files } = await buildFileTree(archive, { capture: isCaptured, maxCaptureBytes: 8 << 20 });
  const passwd = parsePasswd(files.get('/etc/passwd')?.toString('utf8') ?? '');
  const groups = parseGroup(files.get('/etc/group')?.toString('utf8') ?? '');
  const dpkgPaths = new Set<string>();
  for (const [path, data] of files) {
    if (!DPKG_LIST.test(path)) continue;
    for (const line of data.toString('utf8').split('\n')) if (line.startsWith('/')) dpkgPaths.add(line.replace(/\/+$/, ''));
  }
  return {
    name,
    config: archive.config,
    tree,
    passwd,
    groups,
    user: resolveUser(archive.config.config?.User, passwd, groups),
    dpkgPaths,
    layerCommands: archive.layers.map((l) => l.createdBy),
  };
}

/** The parts of a node every finding carries: path, owner, mode and the layer that made it. */
export function nodeFacts(subject: Pick<ImageSubject, 'layerCommands'>, path: string, node: FileNode): { text: string; properties: Record<string, unknown> } {
  const createdBy = node.layer >= 0 ? subject.layerCommands[node.layer] : undefined;
  return {
    text: describeNode(path, node),
    properties: { path, type: node.type, uid: node.uid, gid: node.gid, mode: (node.mode & 0o7777).toString(8).padStart(4, '0'), layer: node.layer, layerDigest: node.layerDigest, ...(createdBy ? { createdBy } : {}) },
  };
}

/** Resolves a path through the image's symlinks; a loop is returned as an error string, not thrown. */
export function resolveIn(tree: FileTree, path: string): { path: string; node?: FileNode; loop?: string } {
  try {
    const r = tree.resolve(path);
    return r.node ? { path: r.path, node: r.node } : { path: r.path };
  } catch (e) {
    if (e instanceof SymlinkLoopError) return { path, loop: e.message };
    throw e;
  }
}
