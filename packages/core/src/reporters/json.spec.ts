import { describe, expect, it } from 'vitest';
import { CORE_FORMATS, reporters } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

describe('json reporter and the format map', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(reporters.json(sampleReport()))).toEqual(sampleReport());
  });
  it('offers the core formats', () => {
    expect(CORE_FORMATS).toEqual(['text', 'json', 'sarif', 'junit', 'markdown', 'html']);
  });
});
