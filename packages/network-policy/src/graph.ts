import type { Artifact } from '@flightcheck/core';
import type { Connection } from './engine/connlist.js';
import { renderListDot } from './formats/list.js';

/** Bound on the graph: past it the picture says how many edges it leaves out instead of growing unreadable. */
export const MAX_EDGES = 400;

/**
 * The connectivity graph as SVG, laid out by Graphviz compiled to WebAssembly (@viz-js/viz; no binary). The
 * module is loaded only when a picture is wanted.
 */
export async function connectivitySvg(conns: readonly Connection[]): Promise<Artifact> {
  const shown = conns.slice(0, MAX_EDGES);
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const svg = viz.renderString(renderListDot(shown), { format: 'svg', engine: 'dot' });
  const cut = conns.length > shown.length ? ` (first ${shown.length} of ${conns.length} connections)` : '';
  return { title: `Allowed connections${cut}`, svg: svg.slice(svg.indexOf('<svg')) };
}
