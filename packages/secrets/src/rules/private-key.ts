import { defineRule } from '@flightcheck/core';
import type { TextSubject } from '../engine.js';

const MARKER = 'DO-NOT-SHIP';

/** A first rule to copy: flags a marker that authors leave on lines that must not be merged. */
export const privateKey = defineRule<TextSubject, 'marker'>({
  meta: {
    id: 'private-key',
    target: 'file',
    severity: 'high',
    docs: { description: `Flags lines that carry the ${MARKER} marker: work that must not reach a release.` },
    messages: { marker: `line carries the ${MARKER} marker` },
  },
  check(subject, ctx) {
    subject.lines.forEach((line, i) => {
      const column = line.indexOf(MARKER);
      if (column < 0) return;
      ctx.report({ messageId: 'marker', location: { file: ctx.file, line: i + 1, column: column + 1 }, resolution: `finish the work and remove the ${MARKER} marker` });
    });
  },
});
