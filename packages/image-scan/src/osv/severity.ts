import cvss from 'ae-cvss-calculator';
import type { Severity } from '@flightcheck/core';
import type { OsvSeverity } from './record.js';

// A CommonJS bundle: named imports do not work under Node's ESM loader.
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvss;

export interface ScoredSeverity {
  severity: Severity;
  /** Where it came from: `CVSS_V3 9.8`, `database_specific HIGH`, `urgency low`, `unknown`. */
  source: string;
  score?: number;
  vector?: string;
}

/** CVSS v3/v4 qualitative rating scale (FIRST): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
export function ratingOf(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** CVSS v2 has no "critical": 0–3.9 low, 4.0–6.9 medium, 7.0–10 high (NVD). */
function ratingOfV2(score: number): Severity {
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : 'info';
}

/** The base score of a CVSS vector string, or undefined when the vector cannot be read. */
export function cvssBaseScore(type: string, vector: string): number | undefined {
  if (vector.length > 512) return undefined;
  try {
    let score: number | undefined;
    if (type === 'CVSS_V3') {
      if (vector.startsWith('CVSS:3.1/')) score = new Cvss3P1(vector).calculateScores().base;
      else if (vector.startsWith('CVSS:3.0/')) score = new Cvss3P0(vector).calculateScores().base;
    } else if (type === 'CVSS_V4' && vector.startsWith('CVSS:4.0/')) {
      score = new Cvss4P0(vector).calculateScores().overall;
    } else if (type === 'CVSS_V2' && /^\(?AV:/.test(vector)) {
      score = new Cvss2(vector.replace(/^\(|\)$/g, '')).calculateScores().base;
    }
    return typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined;
  } catch {
    return undefined;
  }
}

const TEXT: Record<string, Severity> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'info',
  unimportant: 'info',
};

/** Maps a textual severity (GHSA `MODERATE`, Debian urgency `low*`) to ours. */
export function textToSeverity(text: string): Severity | undefined {
  return TEXT[text.toLowerCase().replace(/\*+$/, '').trim()];
}

const PREFERENCE = ['CVSS_V4', 'CVSS_V3', 'CVSS_V2'];

/**
 * A record's severity: the CVSS vectors first (v4, then v3, then v2; the package's own before the
 * record's), then the database's textual severity. Unknown → `medium` with source `unknown`, so that a
 * known vulnerability without a score is neither dropped nor hidden below the gate's usual threshold.
 */
export function scoreSeverity(vectors: OsvSeverity[], text: string | undefined): ScoredSeverity {
  for (const type of PREFERENCE) {
    for (const v of vectors) {
      if (v.type !== type) continue;
      const score = cvssBaseScore(v.type, v.score);
      if (score === undefined) continue;
      return { severity: type === 'CVSS_V2' ? ratingOfV2(score) : ratingOf(score), source: `${type} ${score.toFixed(1)}`, score, vector: v.score };
    }
  }
  if (text) {
    const s = textToSeverity(text);
    if (s) return { severity: s, source: `database ${text}` };
  }
  return { severity: 'medium', source: 'unknown' };
}
