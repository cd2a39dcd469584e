import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';
export { escapeXml } from './junit.js';
export { escapeHtml } from './html.js';
export { escapeMarkdown } from './markdown.js';
export { displayPath, sortFindings } from './util.js';

/** The core formats, typed by their keys. Check packages add tool-compatible formats of their own. */
export const reporters = { text, json, sarif, junit, markdown, html } satisfies Record<string, Reporter>;
export type CoreFormat = keyof typeof reporters;
export const CORE_FORMATS = Object.keys(reporters) as CoreFormat[];
