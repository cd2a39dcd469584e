import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import { parseFrom, runMounts, wordsOf } from './util.js';

/** DL3026: Use only an allowed registry in the FROM image (with trustedRegistries configured). */
export default dockerRule({
  id: 'DL3026',
  level: 'error',
  description: 'Use only an allowed registry in the FROM image (with trustedRegistries configured).',
  message: 'Use only an allowed registry in the FROM image',
  check({ instructions, report, config }) {
    const allowed = config.trustedRegistries;
    if (!allowed.length) return;
    const ok = (image: string): boolean => {
      const f = parseFrom({ ...instructions[0]!, keyword: 'FROM', args: image, flags: [] });
      const regs = f.registry ? [f.registry] : ['docker.io', 'hub.docker.com'];
      return regs.some((r) => allowed.some((p) => matchRegistry(p, r)));
    };
    const aliases = new Set<string>();
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        const f = parseFrom(ins);
        const image = wordsOf(ins)[0] ?? '';
        if (f.image !== 'scratch' && !aliases.has(f.image) && !ok(image)) report(ins.line);
        if (f.alias) aliases.add(f.alias);
      } else if (ins.keyword === 'COPY') {
        const from = flagValue(ins, 'from');
        if (from !== undefined && !aliases.has(from) && !/^\d+$/.test(from) && !ok(from)) report(ins.line);
      } else if (ins.keyword === 'RUN') {
        const bad = runMounts(ins).some((m) => (m.type === 'cache' || m.type === 'bind') && m.from !== undefined && !aliases.has(m.from) && !ok(m.from));
        if (bad) report(ins.line);
      }
    }
  },
});

/** `*` = any; `*.example.com` = suffix; `registry*` = prefix; else exact. */
export function matchRegistry(pattern: string, registry: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return registry.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return registry.startsWith(pattern.slice(0, -1));
  return pattern === registry;
}
