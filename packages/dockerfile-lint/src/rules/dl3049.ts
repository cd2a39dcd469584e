import { dockerRule } from './rule.js';
import { flagValue } from '../parser/dockerfile.js';
import { labelsOf } from './labels.js';
import { parseFrom } from './util.js';

type Status = 'good' | 'bad' | 'silent';

interface Stage {
  line: number;
  alias?: string;
  image: string;
  status: Status;
}

/**
 * DL3049: Every stage must define each label of the label-schema. As hadolint 2.15 decides it, per label: a
 * stage is fine when it defines the label or builds on a stage (by alias) that did; a stage is left out when
 * a `COPY --from` names it, or when a stage named after it (an unaliased `FROM <alias>`) defines the label.
 */
export default dockerRule({
  id: 'DL3049',
  level: 'info',
  description: 'Every stage must define each label of the label-schema.',
  message: 'Label `{{label}}` is missing.',
  check({ instructions, report, config }) {
    for (const label of Object.keys(config.labelSchema)) {
      const stages: Stage[] = [];
      const silence = (alias: string) => {
        for (const s of stages) if (s.status === 'bad' && s.alias === alias) s.status = 'silent';
      };
      for (const ins of instructions) {
        const current = stages[stages.length - 1];
        if (ins.keyword === 'FROM') {
          const f = parseFrom(ins);
          const inherits = stages.some((s) => s.status === 'good' && s.alias === f.image);
          stages.push({ line: ins.line, ...(f.alias ? { alias: f.alias } : {}), image: f.image, status: inherits ? 'good' : 'bad' });
        } else if (!current) {
          continue;
        } else if (ins.keyword === 'COPY') {
          const from = flagValue(ins, 'from');
          if (from !== undefined) silence(from);
        } else if (ins.keyword === 'LABEL' && labelsOf(ins).some((l) => l.key === label)) {
          silence(current.alias ?? current.image);
          current.status = 'good';
        }
      }
      for (const s of stages) if (s.status === 'bad') report(s.line, { label });
    }
  },
});
