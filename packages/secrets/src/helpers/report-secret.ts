import type { RuleContext } from '@flightcheck/core';
import { fingerprint, redact } from '../secret.js';
import type { ScanSubject } from '../subject.js';

export interface SecretAt {
  /** Offset in the subject's text, or an explicit line (and column). */
  offset?: number;
  line?: number;
  column?: number;
  /** The secret itself: only its redacted hint and fingerprint reach the report. */
  secret: string;
  data?: Record<string, string | number>;
  resolution?: string;
  object?: { apiVersion?: string; kind?: string; namespace?: string; name?: string };
  severity?: 'critical' | 'high' | 'medium' | 'low' | 'info';
}

/** Reports a secret: the message gets `{{hint}}` (2 chars, length, hash prefix), the finding a `fingerprint`. */
export function reportSecret<M extends string>(subject: ScanSubject, ctx: RuleContext<M>, messageId: M, at: SecretAt): void {
  const pos = at.offset !== undefined ? subject.position(at.offset) : { line: at.line ?? 1, column: at.column };
  ctx.report({
    messageId,
    data: { ...at.data, hint: redact(at.secret) },
    location: { file: ctx.file, line: pos.line, ...(pos.column ? { column: pos.column } : {}) },
    properties: { fingerprint: fingerprint(at.secret) },
    ...(at.resolution ? { resolution: at.resolution } : {}),
    ...(at.object ? { object: at.object } : {}),
    ...(at.severity ? { severity: at.severity } : {}),
  });
}

/** Every match of a global regex whose secret (capture `group`, default the whole match) passes `accept`. */
export function* matches(text: string, re: RegExp, group = 0): Generator<{ offset: number; secret: string; match: RegExpExecArray }> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const secret = m[group];
    if (secret) yield { offset: m.index + (group ? m[0].indexOf(secret) : 0), secret, match: m };
    if (m[0].length === 0) re.lastIndex++;
  }
}
