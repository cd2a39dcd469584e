import { dockerRule } from './rule.js';
import { keyValuePairs } from './util.js';

/** DL3048: LABEL keys must be valid (lower-case, reverse-DNS, no reserved namespaces). */
export default dockerRule({
  id: 'DL3048',
  level: 'style',
  description: 'LABEL keys must be valid (lower-case, reverse-DNS, no reserved namespaces).',
  message: 'Invalid label key.',
  check({ instructions, report }) {
    for (const ins of instructions) {
      if (ins.keyword !== 'LABEL') continue;
      if (keyValuePairs(ins).some(({ key }) => !validLabelKey(key))) report(ins.line);
    }
  },
});

export function validLabelKey(key: string): boolean {
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return false;
  if (!/^[a-z0-9./_-]+$/.test(key)) return false;
  if (key.includes('..') || key.includes('--')) return false;
  return !['com.docker.', 'io.docker.', 'org.dockerproject.'].some((p) => key.startsWith(p));
}
