import { describe, expect, it } from 'vitest';
import { reporters } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

const root = '/ws';

describe('html reporter', () => {
  it('escapes everything and loads nothing external', () => {
    const out = reporters.html(sampleReport(), { root });
    expect(out).toContain('&lt;fixed&gt;');
    expect(out).not.toMatch(/<script|src=|href=/);
  });
});
