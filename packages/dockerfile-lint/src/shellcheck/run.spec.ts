import { describe, expect, it } from 'vitest';
import { locateShellcheck, NOT_CHECKED_RULE, runShellcheck } from './run.js';

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

describe('runShellcheck bounds (real ShellCheck)', async () => {
  const tool = await locateShellcheck();
  it.skipIf(!tool && !process.env.CI)('a script ShellCheck cannot check within its bounds is one finding on its RUN; every other script is still checked', async () => {
    const nested = `#!/bin/sh\necho ${'$('.repeat(3000)}x${')'.repeat(3000)}\n`;
    const scripts = Array.from({ length: 10 }, (_, i) => ({ file: 'Dockerfile', line: i + 1, text: i === 5 ? nested : `#!/bin/sh\necho $${i}\n` }));
    const out = await runShellcheck(tool!, scripts, { memoryBytes: 256 << 20, scriptTimeoutMs: 8000, filesPerProcess: 4 });
    const unchecked = out.findings.filter((f) => f.ruleId === NOT_CHECKED_RULE);
    expect(unchecked.map((f) => f.location?.line)).toEqual([6]);
    expect(unchecked[0]!.message).toMatch(/^RUN not checked by ShellCheck: exceeded 256 MiB \/ 8 s$/);
    expect(unchecked[0]!.severity).toBe('high');
    // SC2086 on every other RUN, none lost with the failed batch
    expect(out.findings.filter((f) => f.ruleId === 'SC2086').map((f) => f.location?.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
    // 3 batches, then the failed one of 4 split into single scripts
    expect(out.processes).toBe(3 + 4);
  }, 60_000);
  it.skipIf(!tool && !process.env.CI)('a script whose ShellCheck output passes the output bound is one finding on its RUN, not the end of the lint', async () => {
    // 300 unquoted expansions: about 600 comments, ~170 KB of JSON, over a 64 KiB bound; the others are short
    const noisy = `#!/bin/sh\n${Array.from({ length: 300 }, (_, i) => `echo $v${i}`).join('\n')}\n`;
    const scripts = Array.from({ length: 4 }, (_, i) => ({ file: 'Dockerfile', line: i + 1, text: i === 2 ? noisy : `#!/bin/sh\necho $${i}\n` }));
    const out = await runShellcheck(tool!, scripts, { maxOutputBytes: 64 << 10 });
    const unchecked = out.findings.filter((f) => f.ruleId === NOT_CHECKED_RULE);
    expect(unchecked.map((f) => f.location?.line)).toEqual([3]);
    expect(unchecked[0]!.message).toMatch(/^RUN not checked by ShellCheck: shellcheck wrote more than 65536 bytes of output/);
    expect(out.findings.filter((f) => f.ruleId === 'SC2086').map((f) => f.location?.line)).toEqual([1, 2, 4]);
  }, 60_000);
});
