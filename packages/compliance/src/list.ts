import { ALL_CHECKS } from './checks/index.js';

/** `flightcheck compliance list`: one line per check, like `kube-score list` (id, target, default|optional, description). */
export function renderCheckList(): string {
  const rows = ALL_CHECKS.map((c) => [c.meta.id, c.meta.target, c.meta.optional ? 'optional' : 'default', c.meta.docs.description]);
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(...rows.map((r) => r[1]!.length));
  return `${rows.map((r) => `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]!.padEnd(8)}  ${r[3]}`).join('\n')}\n`;
}
