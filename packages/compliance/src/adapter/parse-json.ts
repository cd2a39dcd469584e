import { jsonNestingLine, jsonNestingReason, ReportFormatError } from '@flightcheck/core';
import type { CheckScore, Grade, ScoredObject } from '../engine/types.js';

const GRADE_VALUES = new Set([0, 1, 5, 7, 10]);

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** Validates and maps kube-score's JSON v2 (hostile input: shape checked, nothing trusted). */
export function parseKubeScoreJson(text: string, source: string): ScoredObject[] {
  const deep = jsonNestingLine(text);
  if (deep !== undefined) throw new ReportFormatError(source, `kube-score output: ${jsonNestingReason()}`, deep);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ReportFormatError(source, `kube-score output is not JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new ReportFormatError(source, 'kube-score JSON v2 output must be an array');
  return data.map((raw, i) => {
    if (!raw || typeof raw !== 'object') throw new ReportFormatError(source, `element ${i} is not an object`);
    const o = raw as Record<string, any>;
    const tm = o.type_meta ?? {};
    const meta = (o.object_meta && typeof o.object_meta === 'object' ? o.object_meta : {}) as ScoredObject['metadata'];
    if (!Array.isArray(o.checks)) throw new ReportFormatError(source, `element ${i} (${str(o.object_name)}) has no checks array`);
    const checks: CheckScore[] = o.checks.map((c: Record<string, any>, j: number) => {
      const chk = c?.check ?? {};
      if (typeof chk.id !== 'string' || !chk.id) throw new ReportFormatError(source, `element ${i} check ${j} has no id`);
      if (!GRADE_VALUES.has(c.grade)) throw new ReportFormatError(source, `element ${i} check ${chk.id} has grade ${String(c.grade)}`);
      const comments = Array.isArray(c.comments) ? c.comments : [];
      return {
        check: { id: chk.id, name: str(chk.name) || chk.id, targetType: str(chk.target_type), comment: str(chk.comment), optional: Boolean(chk.optional) },
        grade: c.grade as Grade,
        skipped: Boolean(c.skipped),
        comments: comments.map((m: Record<string, unknown>) => ({ path: str(m?.path), summary: str(m?.summary), description: str(m?.description) })),
      };
    });
    return {
      key: str(o.object_name),
      apiVersion: str(tm.apiVersion),
      kind: str(tm.kind),
      metadata: meta,
      file: str(o.file_name),
      line: typeof o.file_row === 'number' ? o.file_row : 0,
      checks,
    };
  });
}
