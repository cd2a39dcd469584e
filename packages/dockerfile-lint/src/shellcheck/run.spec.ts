import { describe, expect, it } from 'vitest';
import { locateShellcheck, runShellcheck } from './run.js';

describe('runShellcheck (real ShellCheck)', async () => {
  const tool = await locateShellcheck();
  // in CI ShellCheck is installed: the test must run there, never skip
  it.skipIf(!tool && !process.env.CI)('checks many scripts in one process and reports on the RUN lines', async () => {
    const scripts = [
      { file: 'a/Dockerfile', line: 3, text: '#!/bin/sh\necho $1\n' },
      { file: 'b/Dockerfile', line: 7, text: '#!/bin/bash\nexport X=1\necho "$X"\n' },
      { file: 'b/Dockerfile', line: 9, text: '#!/bin/sh\nsource x.sh\n[[ -f x ]]\n' },
    ];
    const out = await runShellcheck(tool!, scripts);
    expect(out.processes).toBe(1);
    expect(out.findings.filter((f) => f.location?.file === 'a/Dockerfile').map((f) => [f.ruleId, f.location?.line])).toEqual([['SC2086', 3]]);
    expect(out.findings.filter((f) => f.location?.line === 7)).toEqual([]);
    const codes = out.findings.filter((f) => f.location?.line === 9).map((f) => f.ruleId);
    expect(codes).toContain('SC3010');
    expect(codes).not.toContain('SC1091');
  });
  it('reports a missing binary as undefined', async () => {
    expect(await locateShellcheck('/nonexistent/shellcheck')).toBeUndefined();
  });
});
