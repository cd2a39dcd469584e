import { describe, expect, it } from 'vitest';
import dl3008 from './dl3008.js';
import dl3057 from './dl3057.js';
import { ruleDoc } from './docs.js';
import { dockerRule } from './rule.js';

const table = (doc: string) => doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'));

describe('ruleDoc', () => {
  it('renders a rule: title, description, level, severity, ONBUILD, message, the three ways to suppress, reference', () => {
    const doc = ruleDoc(dl3008);
    const lines = doc.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# DL3008', '', 'Pin versions in apt-get install.']);
    expect(table(doc)).toEqual(['| hadolint level | `warning` |', '| flightcheck severity | `medium` |', '| also inside ONBUILD | yes |']);
    expect(doc).toContain('## Message\n\n> Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`\n');
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([
      '- for one instruction: `# hadolint ignore=DL3008` on the line above it',
      '- for a stage: `# hadolint stage ignore=DL3008` directly above its FROM; for the file: `# hadolint global ignore=DL3008`',
      '- everywhere: `ignored: [DL3008]` in `.hadolint.yaml`, or a waiver in `flightcheck.waivers.yaml`',
    ]);
    expect(doc.endsWith('Reference: https://github.com/hadolint/hadolint/wiki/DL3008\n')).toBe(true);
    expect(doc.indexOf('## Message')).toBeLessThan(doc.indexOf('## Suppressing'));
  });

  it('says an ignore-level rule is off unless raised with override', () => {
    const doc = ruleDoc(dl3057);
    expect(table(doc)).toEqual(['| hadolint level | `ignore` (off unless raised with `override`) |', '| flightcheck severity | `info` |', '| also inside ONBUILD | no |']);
  });

  it('follows the rule\'s meta (an error rule is high severity; a rule without ONBUILD says no)', () => {
    const rule = dockerRule({ id: 'DL9999', level: 'error', description: 'Test rule.', message: 'Something `odd`.', check: () => undefined });
    const doc = ruleDoc(rule);
    expect(table(doc)).toEqual(['| hadolint level | `error` |', '| flightcheck severity | `high` |', '| also inside ONBUILD | no |']);
    expect(doc).toContain('> Something `odd`.');
    expect(doc).toContain('`ignored: [DL9999]`');
    expect(doc).toContain('Reference: https://github.com/hadolint/hadolint/wiki/DL9999');
    expect(doc).not.toContain('off unless raised');
  });
});
