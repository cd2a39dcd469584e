import { dockerRule } from './rule.js';
import { argName, keyValuePairs } from './util.js';

/** DL3044: Do not refer to a variable within the same ENV statement where it is defined. */
export default dockerRule({
  id: 'DL3044',
  level: 'error',
  description: 'Do not refer to a variable within the same ENV statement where it is defined.',
  message: 'Do not refer to an environment variable within the same `ENV` statement where it is defined.',
  check({ instructions, report }) {
    const known = new Set<string>();
    for (const ins of instructions) {
      if (ins.keyword === 'ARG') known.add(argName(ins));
      if (ins.keyword !== 'ENV') continue;
      const pairs = keyValuePairs(ins);
      const defined: string[] = [];
      let bad = false;
      for (const { key, value } of pairs) {
        for (const d of defined) {
          if (known.has(d)) continue;
          const re = new RegExp(`\\$\\{${escapeRe(d)}[}:]|\\$${escapeRe(d)}(?![A-Za-z0-9_])`);
          if (re.test(value)) bad = true;
        }
        defined.push(key);
      }
      if (bad) report(ins.line);
      for (const d of defined) known.add(d);
    }
  },
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
