import { describe, expect, it } from 'vitest';
import { ADMISSION_RULES } from './index.js';

describe('admission rules', () => {
  it('lists the four, with severities', () => {
    expect(ADMISSION_RULES.map((r) => `${r.meta.id}:${r.meta.severity}`)).toEqual(['namespace-enforce:medium', 'namespace-labels:high', 'pod-spec:high', 'pod-template:high']);
  });
});
