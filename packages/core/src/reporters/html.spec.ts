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

describe('html reporter artifacts', () => {
  it('inlines a result artifact SVG with its caption, and drops one that could run or load something', () => {
    const report = sampleReport();
    report.results[0]!.artifacts = [{ title: 'graph <1>', svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>a</text></svg>' }];
    const out = reporters.html(report, { root });
    expect(out).toContain('<figure><svg xmlns="http://www.w3.org/2000/svg"><text>a</text></svg><figcaption>graph &lt;1&gt;</figcaption></figure>');
    report.results[0]!.artifacts = [{ title: 'bad', svg: '<svg onload="x()"><script>x()</script></svg>' }, { title: 'out', svg: '<svg><image href="https://example.invalid/x.png"/></svg>' }];
    const bad = reporters.html(report, { root });
    expect(bad).not.toMatch(/<script|onload|<image/);
  });
});
