import type { Connection } from '../engine/connlist.js';

/** `SRC => DST : CONNS`, one line per allowed pair (np-guard netpol-analyzer's `-o txt`). */
export function renderListTxt(conns: readonly Connection[]): string {
  return conns.map((c) => `${c.src} => ${c.dst} : ${c.conn.toString()}\n`).join('');
}

/** `[{src, dst, conn}]` (np-guard netpol-analyzer's `-o json`). */
export function renderListJson(conns: readonly Connection[]): string {
  return `${JSON.stringify(conns.map((c) => ({ src: c.src, dst: c.dst, conn: c.conn.toString() })), null, 2)}\n`;
}
