import { runRules } from '@flightcheck/core';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parser/dockerfile.js';
import { dockerRule, LEVEL_TO_SEVERITY } from './rule.js';
import { ruleDoc } from './docs.js';

const probe = dockerRule({
  id: 'DL9999', level: 'warning', description: 'probe', message: 'seen {{what}}', onbuild: true,
  check({ instructions, report, onbuild }) {
    for (const i of instructions) if (i.keyword === 'RUN') report(i.line, { what: onbuild ? 'onbuild' : 'top' });
  },
});

describe('dockerRule', () => {
  it('runs over the top level and again, separately, over ONBUILD contents', () => {
    const f = runRules([probe], parseDockerfile('FROM a:1\nRUN x\nONBUILD RUN y\n'), { file: 'D' });
    expect(f.map((x) => [x.message, x.location?.line, x.properties?.level])).toEqual([['seen top', 2, 'warning'], ['seen onbuild', 3, 'warning']]);
  });
  it('maps hadolint levels to severities', () => {
    expect(LEVEL_TO_SEVERITY).toEqual({ error: 'high', warning: 'medium', info: 'low', style: 'info', ignore: 'info' });
    expect(probe.meta.severity).toBe('medium');
  });
  it('documents a rule from its meta', () => {
    expect(ruleDoc(probe)).toContain('# DL9999');
    expect(ruleDoc(probe)).toContain('| also inside ONBUILD | yes |');
  });
});
