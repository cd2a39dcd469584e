import type { Connection } from '../engine/connlist.js';
import type { Exposure } from '../engine/exposure.js';

/** Readable list: one line per allowed pair, then the exposure if asked. */
export function renderListText(conns: readonly Connection[], exposure?: Exposure): string {
  if (!conns.length && !exposure) return 'No connections are allowed.\n';
  const w = Math.max(0, ...conns.map((c) => c.src.length));
  const lines = conns.map((c) => `${c.src.padEnd(w)}  →  ${c.dst}  ${c.conn.toString()}`);
  if (exposure) {
    lines.push('', 'Exposure:');
    for (const e of exposure.egress) lines.push(`  ${e.workload.display} can reach ${e.peer}: ${e.conn.toString()}`);
    for (const e of exposure.ingress) lines.push(`  ${e.workload.display} is reachable from ${e.peer}: ${e.conn.toString()}`);
    for (const u of exposure.unprotected) lines.push(`  ${u.workload.display} has no ${u.direction} policy`);
  }
  return `${lines.join('\n')}\n`;
}

const exposureJson = (exposure: Exposure) => ({
  egress: exposure.egress.map((e) => ({ workload: e.workload.display, peer: e.peer, connections: e.conn.toString() })),
  ingress: exposure.ingress.map((e) => ({ workload: e.workload.display, peer: e.peer, connections: e.conn.toString() })),
  unprotected: exposure.unprotected.map((u) => ({ workload: u.workload.display, direction: u.direction })),
});

export function renderListPlainJson(conns: readonly Connection[], exposure?: Exposure): string {
  const connections = conns.map((c) => ({ source: c.src, destination: c.dst, connections: c.conn.toString() }));
  return `${JSON.stringify(exposure ? { connections, exposure: exposureJson(exposure) } : { connections }, null, 2)}\n`;
}

const csvCell = (s: string): string => (/[",\n\r]/.test(s) || /^[=+\-@\t]/.test(s) ? `"${s.replace(/^([=+\-@\t])/, "'$1").replace(/"/g, '""')}"` : s);

export function renderListCsv(conns: readonly Connection[], exposure?: Exposure): string {
  const rows = [['kind', 'source', 'destination', 'connections']];
  for (const c of conns) rows.push(['connection', c.src, c.dst, c.conn.toString()]);
  for (const e of exposure?.egress ?? []) rows.push(['egress-exposure', e.workload.display, e.peer, e.conn.toString()]);
  for (const e of exposure?.ingress ?? []) rows.push(['ingress-exposure', e.peer, e.workload.display, e.conn.toString()]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

const md = (s: string): string => s.replace(/[|\\`*_[\]<>]/g, (c) => `\\${c}`);

export function renderListMarkdown(conns: readonly Connection[], exposure?: Exposure): string {
  const out = ['| source | destination | connections |', '| --- | --- | --- |', ...conns.map((c) => `| ${md(c.src)} | ${md(c.dst)} | ${md(c.conn.toString())} |`)];
  if (exposure) {
    out.push('', '**Exposure**', '', '| workload | direction | peer | connections |', '| --- | --- | --- | --- |');
    for (const e of exposure.egress) out.push(`| ${md(e.workload.display)} | egress | ${md(e.peer)} | ${md(e.conn.toString())} |`);
    for (const e of exposure.ingress) out.push(`| ${md(e.workload.display)} | ingress | ${md(e.peer)} | ${md(e.conn.toString())} |`);
  }
  return `${out.join('\n')}\n`;
}

const dotId = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Graphviz: workloads grouped by namespace, IP ranges as boxes, edges labelled with their connections. */
export function renderListDot(conns: readonly Connection[]): string {
  const nodes = new Map<string, { ns?: string; label: string; shape: string }>();
  for (const c of conns) {
    for (const [id, w, ip] of [[c.src, c.srcW, c.srcIp], [c.dst, c.dstW, c.dstIp]] as const) {
      if (nodes.has(id)) continue;
      if (ip) nodes.set(id, { label: id, shape: 'box' });
      else if (w?.pseudo) nodes.set(id, { label: id, shape: 'oval' });
      else nodes.set(id, { ns: w?.ns, label: w ? `${w.name}[${w.kind}]` : id, shape: 'oval' });
    }
  }
  const out = ['digraph connectivity {', '  rankdir=LR;', '  node [fontname="sans-serif", fontsize=10];', '  edge [fontname="sans-serif", fontsize=9];'];
  const byNs = new Map<string, string[]>();
  for (const [id, n] of nodes) {
    const line = `${dotId(id)} [label=${dotId(n.label)}, shape=${n.shape}${n.shape === 'box' ? ', style=dashed' : ''}];`;
    if (n.ns) byNs.set(n.ns, [...(byNs.get(n.ns) ?? []), line]);
    else out.push(`  ${line}`);
  }
  let i = 0;
  for (const [ns, lines] of [...byNs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.push(`  subgraph cluster_${i++} {`, `    label=${dotId(ns)};`, '    style=rounded;', ...lines.map((l) => `    ${l}`), '  }');
  }
  for (const c of conns) out.push(`  ${dotId(c.src)} -> ${dotId(c.dst)} [label=${dotId(c.conn.toString())}];`);
  out.push('}');
  return `${out.join('\n')}\n`;
}
