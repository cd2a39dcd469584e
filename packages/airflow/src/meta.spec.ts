import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';
import { rules } from './rules/index.js';

// Every rule has its file (named after its id), its spec, its index entry and its generated doc.
// UPDATE_RULE_DOCS=1 rewrites the docs from the rules' meta.
const pkg = fileURLToPath(new URL('..', import.meta.url));
const ruleFiles = readdirSync(join(pkg, 'src', 'rules')).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'index.ts');

describe('rule meta', () => {
  it('has one rule file per index entry, and no rule file left out of the index', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });

  for (const rule of rules) {
    it(`${rule.meta.id} has its spec and its doc`, () => {
      expect(existsSync(join(pkg, 'src', 'rules', `${rule.meta.id}.spec.ts`))).toBe(true);
      const doc = join(pkg, 'docs', 'rules', `${rule.meta.id}.md`);
      if (process.env.UPDATE_RULE_DOCS) writeFileSync(doc, renderRuleDoc(rule.meta));
      expect(existsSync(doc), `${doc} is missing: run with UPDATE_RULE_DOCS=1`).toBe(true);
      expect(readFileSync(doc, 'utf8')).toBe(renderRuleDoc(rule.meta));
    });
  }
});
