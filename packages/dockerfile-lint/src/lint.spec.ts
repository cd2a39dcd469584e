import { describe, expect, it } from 'vitest';
import { lintText, NOT_PARSED_RULE } from './lint.js';
import { DEFAULT_RULE_CONFIG } from './rules/rule.js';

describe('lintText', () => {
  it('runs every rule and collects ShellCheck scripts', () => {
    const l = lintText('FROM debian\nRUN echo $1\n', 'Dockerfile', DEFAULT_RULE_CONFIG);
    expect(l.findings.map((f) => f.ruleId)).toContain('DL3006');
    expect(l.scripts).toHaveLength(1);
  });
  it('turns a parse error into DL1000 with file and line, and runs no rule', () => {
    const l = lintText('FROM a\nRUN <<EOF\necho\n', 'x/Dockerfile', DEFAULT_RULE_CONFIG);
    expect(l.parseError).toMatchObject({ ruleId: 'DL1000', location: { file: 'x/Dockerfile', line: 2 }, properties: { level: 'error' } });
    expect(l.findings).toEqual([]);
  });
});

describe('lintText bounds', () => {
  it('a RUN nested deeper than the shell bound is one DL-NOT-PARSED finding on its line; the rest of the file is linted', () => {
    const text = `FROM debian:12.5\nRUN echo ${'$('.repeat(3000)}x${')'.repeat(3000)}\nWORKDIR /a\nRUN cd /tmp && make\n`;
    const out = lintText(text, 'Dockerfile', DEFAULT_RULE_CONFIG);
    const deep = out.findings.filter((f) => f.ruleId === NOT_PARSED_RULE);
    expect(deep.map((f) => [f.location?.line, f.severity])).toEqual([[2, 'high']]);
    expect(deep[0]!.message).toMatch(/nesting deeper than 200/);
    expect(out.findings.map((f) => f.ruleId)).toContain('DL3003');
  });
});

describe('lintText cost', () => {
  it('is linear in the input: sixteen times the RUN of && commands costs about sixteen times the parse + every rule, under 96 (n^1.65: the old-space collections of V8 grow with the live input), far from the 256 of a quadratic (fastest of 5)', () => {
    let run = 0;
    const time = (n: number) => {
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const text = `FROM debian:12.5\nRUN ${Array.from({ length: n }, (_, i) => `apt-get install -y p${i}-${run}`).join(' && ')}\n`;
        run++;
        const t0 = performance.now();
        lintText(text, 'Dockerfile', DEFAULT_RULE_CONFIG);
        samples.push(performance.now() - t0);
      }
      // the fastest of 5: scheduling and GC noise only ever add time
      return Math.min(...samples);
    };
    time(300);
    const t1 = time(1000);
    const t2 = time(16_000);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 180_000);
});
