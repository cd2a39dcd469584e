import type { FileNode } from './tree.js';

/** `0755`, `4755`, `1777`. */
export function formatMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

function shortDigest(d: string): string {
  const m = /^(sha256:)?([a-f0-9]{12})[a-f0-9]*$/.exec(d);
  return m ? `sha256:${m[2]}` : d;
}

/** `/opt/airflow (directory, owner 0:0, mode 0777, layer 3 sha256:0123456789ab)`: the parts every finding names. */
export function describeNode(path: string, node: FileNode): string {
  const layer = node.layer < 0 ? 'no layer' : `layer ${node.layer} ${shortDigest(node.layerDigest)}`;
  return `${path} (${node.type}, owner ${node.uid}:${node.gid}, mode ${formatMode(node.mode)}, ${layer}${node.implicit ? ', implied' : ''})`;
}
