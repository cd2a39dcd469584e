import { dockerRule } from './rule.js';
import { shellOf, type Instruction } from '../parser/dockerfile.js';

/** DL3059: Consolidate consecutive RUN instructions. */
export default dockerRule({
  id: 'DL3059',
  level: 'info',
  description: 'Consolidate consecutive RUN instructions.',
  message: 'Multiple consecutive `RUN` instructions. Consider consolidation.',
  check({ instructions, report }) {
    let prev: Instruction | undefined;
    for (const ins of instructions) {
      if (ins.keyword === 'COMMENT') continue;
      if (ins.keyword !== 'RUN') {
        prev = undefined;
        continue;
      }
      if (prev && sameFlags(prev, ins) && count(prev) < 2 && count(ins) < 2) report(ins.line);
      prev = ins;
    }
  },
});

function count(ins: Instruction): number {
  return shellOf(ins).commands.length;
}

function sameFlags(a: Instruction, b: Instruction): boolean {
  const key = (i: Instruction) => JSON.stringify(i.flags.map((f) => [f.name, f.value ?? null]).sort());
  return key(a) === key(b);
}
