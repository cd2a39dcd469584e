import type { Finding, Report, Reporter } from '@flightcheck/core';
import type { Level } from '../rules/rule.js';

/** One hadolint `-f json` element; keys in aeson's (alphabetical) order. */
export interface HadolintJsonItem {
  code: string;
  column: number;
  file: string;
  level: Exclude<Level, 'ignore'>;
  line: number;
  message: string;
}

const VERSION = '2.15.1';

/** The failing findings as hadolint would print them (suppressed ones are omitted, as hadolint omits them). */
export function hadolintItems(report: Report): HadolintJsonItem[] {
  const out: HadolintJsonItem[] = [];
  for (const r of report.results) {
    for (const f of r.findings) {
      if (f.status !== 'fail') continue;
      out.push({
        code: f.ruleId,
        column: f.ruleId === 'DL1000' ? (f.location?.column ?? 1) : 1,
        file: f.location?.file ?? r.target,
        level: levelFor(f),
        line: f.location?.line ?? 1,
        message: f.message,
      });
    }
  }
  return out;
}

function levelFor(f: Finding): HadolintJsonItem['level'] {
  const l = f.properties?.level as Level | undefined;
  if (l && l !== 'ignore') return l;
  return f.severity === 'critical' || f.severity === 'high' ? 'error' : f.severity === 'medium' ? 'warning' : f.severity === 'low' ? 'info' : 'style';
}

/** hadolint `-f json`: one JSON array of {code, column, file, level, line, message} for all files. */
export const hadolintJson: Reporter = (report) => JSON.stringify(hadolintItems(report)) + '\n';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** hadolint `-f checkstyle`: a <file> element per linted file, an <error> per finding. */
export const checkstyle: Reporter = (report) => {
  const items = hadolintItems(report);
  let out = "<?xml version='1.0' encoding='UTF-8'?><checkstyle version='4.3'>";
  for (const r of report.results) {
    out += `<file name='${esc(r.target)}' >`;
    for (const i of items.filter((x) => x.file === r.target)) {
      out += `<error line='${i.line}' column='${i.column}' severity='${i.level}' message='${esc(i.message)}' source='${esc(i.code)}' />`;
    }
    out += '</file>';
  }
  return out + '</checkstyle>\n';
};

const CC_SEVERITY: Record<string, string> = { error: 'blocker', warning: 'major', info: 'info', style: 'minor' };

function codeclimateIssue(i: HadolintJsonItem) {
  return {
    type: 'issue',
    check_name: i.code,
    description: i.message,
    categories: ['Bug Risk'],
    location: { path: i.file, lines: { begin: i.line, end: i.line } },
    severity: CC_SEVERITY[i.level],
  };
}

/** hadolint `-f codeclimate`: one JSON object per issue, each followed by a NUL byte. */
export const codeclimate: Reporter = (report) => hadolintItems(report).map((i) => JSON.stringify(codeclimateIssue(i)) + '\0').join('');

/** hadolint `-f gitlab_codeclimate`: a JSON array of the same issues with a SHA-1 fingerprint. */
export const gitlabCodeclimate: Reporter = (report) =>
  JSON.stringify(
    hadolintItems(report).map((i) => {
      const issue = codeclimateIssue(i);
      return { ...issue, fingerprint: process.getBuiltinModule('node:crypto').createHash('sha1').update(JSON.stringify(issue)).digest('hex') };
    }),
  ) + '\n';

/** hadolint `-f sarif`: SARIF 2.1.0 with hadolint's driver block and result shape. */
export const hadolintSarif: Reporter = (report) => {
  const results = hadolintItems(report).map((i) => ({
    ruleId: i.code,
    level: i.level === 'error' ? 'error' : i.level === 'warning' ? 'warning' : 'note',
    message: { text: i.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: i.file },
          region: { startLine: i.line, endLine: i.line, startColumn: i.column, endColumn: i.column, sourceLanguage: i.code.startsWith('DL') ? 'dockerfile' : 'sh' },
        },
      },
    ],
  }));
  return (
    JSON.stringify(
      {
        $schema: 'http://json.schemastore.org/sarif-2.1.0',
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Hadolint',
                fullName: 'Haskell Dockerfile Linter',
                downloadUri: 'https://github.com/hadolint/hadolint',
                version: VERSION,
                shortDescription: { text: 'Dockerfile linter, validate inline bash, written in Haskell' },
              },
            },
            results,
            defaultSourceLanguage: 'dockerfile',
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
};

/** The formats this check adds to the core ones. */
export const dockerfileFormats: Record<string, Reporter> = {
  'hadolint-json': hadolintJson,
  'hadolint-sarif': hadolintSarif,
  checkstyle,
  codeclimate,
  'gitlab-codeclimate': gitlabCodeclimate,
};
