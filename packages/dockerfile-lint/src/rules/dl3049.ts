import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import { labelsOf } from './labels.js';
import { parseFrom } from './util.js';

/** DL3049: Every stage must define each label of the label-schema. */
export default dockerRule({
  id: 'DL3049',
  level: 'info',
  description: 'Every stage must define each label of the label-schema.',
  message: 'Label `{{label}}` is missing.',
  check({ instructions, report, config }) {
    const schema = Object.keys(config.labelSchema);
    if (!schema.length) return;
    const stages: { line: number; alias?: string; parent: string; labels: Set<string> }[] = [];
    const copySources = new Set<string>();
    for (const ins of instructions) {
      if (ins.keyword === 'FROM') {
        const f = parseFrom(ins);
        stages.push({ line: ins.line, ...(f.alias ? { alias: f.alias } : {}), parent: f.image, labels: new Set() });
      } else if (ins.keyword === 'LABEL' && stages.length) {
        for (const l of labelsOf(ins)) stages[stages.length - 1]!.labels.add(l.key);
      } else if (ins.keyword === 'COPY') {
        const from = flagValue(ins, 'from');
        if (from !== undefined) copySources.add(from);
      }
    }
    const defines = (i: number, label: string, depth = 0): boolean => {
      const s = stages[i]!;
      if (s.labels.has(label)) return true;
      const p = stages.findIndex((x, k) => k < i && x.alias !== undefined && x.alias === s.parent);
      return p >= 0 && depth < stages.length && defines(p, label, depth + 1);
    };
    // a stage that a later stage builds on is fine when one of those descendants defines the label
    const childDefines = (i: number, label: string, depth = 0): boolean => {
      const alias = stages[i]!.alias;
      if (alias === undefined || depth > stages.length) return false;
      return stages.some((x, k) => k > i && x.parent === alias && (x.labels.has(label) || childDefines(k, label, depth + 1)));
    };
    stages.forEach((s, i) => {
      if (s.alias !== undefined && copySources.has(s.alias) && !stages.some((x, k) => k > i && x.parent === s.alias)) return;
      for (const label of schema) if (!defines(i, label) && !childDefines(i, label)) report(s.line, { label });
    });
  },
});
