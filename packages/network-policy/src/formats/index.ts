import type { Analysis } from '../analyze.js';
import { computeExposure } from '../engine/exposure.js';
import { renderListCsv, renderListDot, renderListMarkdown, renderListText, renderListPlainJson } from './list.js';
import { renderExposureJson, renderExposureTxt } from './np-guard-exposure.js';
import { renderListJson, renderListTxt } from './np-guard.js';

export interface ListRenderOptions {
  exposure: boolean;
}

/** Renders the connectivity of an analysis in a list format. */
export async function renderList(a: Analysis, format: string, opts: ListRenderOptions): Promise<string> {
  const conns = a.connectivity.connections;
  const exposure = opts.exposure ? computeExposure(a.connectivity) : undefined;
  switch (format) {
    case 'np-guard-txt':
      return exposure ? renderExposureTxt(conns, exposure) : renderListTxt(conns);
    case 'np-guard-json':
      return exposure ? renderExposureJson(conns, exposure) : renderListJson(conns);
    case 'json':
      return renderListPlainJson(conns, exposure);
    case 'csv':
      return renderListCsv(conns, exposure);
    case 'markdown':
      return renderListMarkdown(conns, exposure);
    case 'dot':
      return renderListDot(conns);
    default:
      return renderListText(conns, exposure);
  }
}
