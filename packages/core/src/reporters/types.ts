import type { Report } from '../model.js';

export interface ReporterOptions {
  /** Workspace root: file paths are shown relative to it. */
  root?: string;
  /** Colour for terminals (text reporter). */
  color?: boolean;
  /** Show passing and suppressed findings too (text, markdown). */
  verbose?: boolean;
}

export type Reporter = (report: Report, options?: ReporterOptions) => string;
