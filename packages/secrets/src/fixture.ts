/**
 * The fixture convention: a test file that plants fake credentials says so in its first lines, with a reason,
 * `# flightcheck:fake-secrets <reason>` (any comment style). Its findings are kept in the report as
 * suppressed with that reason, and the report lists every such file. The marker counts only in test paths
 * (a `test`, `tests`, `__tests__`, `fixtures`, `testdata` or `e2e` folder, a `*.spec.*` or `*.test.*` file):
 * anywhere else it is ignored and said so, and a test folder without the marker is scanned like any other,
 * because a real key committed under test/ is still a leak.
 */
export const FIXTURE_MARKER = 'flightcheck:fake-secrets';
/** The marker must be in this many first lines: a header a reviewer sees, not a line hidden in the body. */
export const FIXTURE_HEAD_LINES = 5;

const TEST_DIR = /(?:^|\/)(?:test|tests|__tests__|fixtures?|__fixtures__|testdata|test-data|e2e)\//;
const TEST_FILE = /\.(?:spec|test)\.[^/]+$/;

/** A comment that begins with the marker (`#`, `//`, `/*`, ` *`, `<!--`, `--`, `;`): a mention of it in prose is not one. */
const MARKER_LINE = new RegExp(`^\\s*(?:#|//|/\\*+|\\*|<!--|--|;)\\s*${FIXTURE_MARKER}(?:\\s+(.*))?$`);

export function isTestPath(file: string): boolean {
  return TEST_DIR.test(file) || TEST_FILE.test(file);
}

export type FixtureMark = { reason: string } | { ignored: string };

/** The file's fixture marker: its reason, or why it is ignored; undefined when it has none. */
export function fixtureMark(lines: string[], file: string): FixtureMark | undefined {
  for (const line of lines.slice(0, FIXTURE_HEAD_LINES)) {
    const m = MARKER_LINE.exec(line);
    if (!m) continue;
    const reason = (m[1] ?? '').replace(/(-->|\*\/)\s*$/, '').trim();
    if (!reason) return { ignored: `${file}: ${FIXTURE_MARKER} without a reason is ignored` };
    if (!isTestPath(file)) return { ignored: `${file}: ${FIXTURE_MARKER} is honoured only in test files and folders (test/, fixtures/, *.spec.*, *.test.*); its secrets are reported` };
    return { reason: reason.slice(0, 200) };
  }
  return undefined;
}
