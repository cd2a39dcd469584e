import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';
import { ALL_RULES } from './rules/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const rulesDir = join(here, 'rules');
const docsDir = join(here, '..', 'docs', 'rules');
const HELPERS = ['index.ts', 'where.ts', 'subject.spec.ts'];

describe('network-policy meta', () => {
  const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !HELPERS.includes(f));
  it('has one file per rule, named by its id, each in the index, ids unique', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ALL_RULES.map((r) => r.meta.id).sort());
    expect(new Set(ALL_RULES.map((r) => r.meta.id)).size).toBe(ALL_RULES.length);
  });
  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    it(`${id} has a spec beside it`, () => expect(existsSync(join(rulesDir, `${id}.spec.ts`))).toBe(true));
    it(`${id} has an up-to-date doc`, () => {
      const file = join(docsDir, `${id}.md`);
      const want = renderRuleDoc(rule.meta);
      if (process.env.UPDATE_DOCS) writeFileSync(file, want);
      expect(existsSync(file), `${file} is missing: run UPDATE_DOCS=1 vitest`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(want);
    });
  }
});
