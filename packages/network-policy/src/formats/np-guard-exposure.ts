import type { Connection } from '../engine/connlist.js';
import type { Exposure } from '../engine/exposure.js';
export function renderExposureTxt(_c: readonly Connection[], _e: Exposure): string { return ''; }
export function renderExposureJson(_c: readonly Connection[], _e: Exposure): string { return '[]'; }
