import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeScriptRunner, reportFindings } from './cli-runner.js';

describe('the CLI runner of the tests', () => {
  it('runs a Node script with its arguments, folder and input, and returns its exit code and output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-cli-runner-'));
    const bin = join(dir, 'bin.mjs');
    writeFileSync(bin, "let input = ''; for await (const c of process.stdin) input += c;\nconsole.log(JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), input })); console.error('warned'); process.exit(Number(process.argv[2] ?? 0));\n");
    const cli = nodeScriptRunner(bin, { cwd: dir });
    const r = await cli(['3', 'x'], { input: 'stdin text' });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({ args: ['3', 'x'], cwd: dir, input: 'stdin text' });
    expect(r.stderr).toBe('warned\n');
    const other = mkdtempSync(join(tmpdir(), 'fc-cli-runner-'));
    expect(JSON.parse((await cli(['0'], { cwd: other })).stdout).cwd).toBe(other);
  });

  it("reads the findings of every result of a JSON report, and refuses what is not one", () => {
    expect(reportFindings('{"results":[{"findings":[{"ruleId":"a"}]},{"findings":[{"ruleId":"b"}]}]}').map((f) => f.ruleId)).toEqual(['a', 'b']);
    expect(() => reportFindings('not json')).toThrow();
  });
});
