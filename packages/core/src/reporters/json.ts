import type { Reporter } from './types.js';

/** The report as versioned JSON: the format `flightcheck report` merges. */
export const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
