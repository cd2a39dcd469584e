import type { Connection } from '../engine/connlist.js';
import type { Exposure, ExposureLine } from '../engine/exposure.js';
import { renderListTxt } from './np-guard.js';

/** np-guard's `list --exposure -o txt`: the list, then egress and ingress exposure and the unprotected workloads. */
export function renderExposureTxt(conns: readonly Connection[], e: Exposure): string {
  const list = renderListTxt(conns);
  const width = Math.max(0, ...[...e.egress, ...e.ingress].map((l) => l.workload.display.length));
  const row = (l: ExposureLine, arrow: string) => `${l.workload.display.padEnd(width)} \t${arrow} \t${l.peer} : ${l.conn.toString()}\n`;
  let out = `${list}${list ? '\n' : ''}Exposure Analysis Result:\n`;
  if (e.egress.length) out += `Egress Exposure:\n${e.egress.map((l) => row(l, '=>')).join('')}`;
  if (e.ingress.length) out += `${e.egress.length ? '\n' : ''}Ingress Exposure:\n${e.ingress.map((l) => row(l, '<=')).join('')}`;
  if (e.unprotected.length) out += `\nWorkloads not protected by network policies:\n${e.unprotected.map((u) => `${u.workload.display} is not protected on ${u.direction}\n`).join('')}`;
  return out;
}

/** np-guard's `list --exposure -o json`. */
export function renderExposureJson(conns: readonly Connection[], e: Exposure): string {
  const items = (ls: ExposureLine[], ingress: boolean) =>
    ls.length ? ls.map((l) => (ingress ? { src: l.peer, dst: l.workload.display, conn: l.conn.toString() } : { src: l.workload.display, dst: l.peer, conn: l.conn.toString() })) : null;
  return `${JSON.stringify(
    {
      connlist_results: conns.map((c) => ({ src: c.src, dst: c.dst, conn: c.conn.toString() })),
      exposure_results: { egress_exposure: items(e.egress, false), ingress_exposure: items(e.ingress, true) },
    },
    null,
    2,
  )}\n`;
}
