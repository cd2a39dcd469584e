import { describe, expect, it } from 'vitest';
import { reporters } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

const root = '/ws';

describe('junit reporter', () => {
  it('writes one suite per result with failures, skipped suppressions and errors, escaped', () => {
    const out = reporters.junit(sampleReport(), { root });
    expect(out).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(out).toContain('<testsuites name="flightcheck" tests="5" failures="2" errors="1" skipped="1">');
    expect(out).toContain('tracked in JIRA-1 &amp; &lt;fixed&gt; &quot;soon&quot;');
    expect(out).toContain('<error message="no OSV database configured"/>');
    expect(out).not.toMatch(/<fixed>/);
  });
});
