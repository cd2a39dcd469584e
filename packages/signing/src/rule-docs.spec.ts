import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './rules/index.js';
import { renderRuleDoc } from './rule-docs.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const docsDir = join(pkg, 'docs', 'rules');

describe('rule docs and meta-test', () => {
  it('every rule has its file, spec, index entry and an up-to-date doc', () => {
    if (process.env.FLIGHTCHECK_UPDATE_DOCS) mkdirSync(docsDir, { recursive: true });
    for (const rule of ALL_RULES) {
      const id = rule.meta.id;
      expect(existsSync(join(pkg, 'src', 'rules', `${id}.ts`)), `${id}.ts`).toBe(true);
      expect(existsSync(join(pkg, 'src', 'rules', `${id}.spec.ts`)), `${id}.spec.ts`).toBe(true);
      const doc = join(docsDir, `${id}.md`);
      const want = renderRuleDoc(rule.meta);
      if (process.env.FLIGHTCHECK_UPDATE_DOCS) writeFileSync(doc, want);
      expect(existsSync(doc) ? readFileSync(doc, 'utf8') : '', `docs/rules/${id}.md is stale: FLIGHTCHECK_UPDATE_DOCS=1 npx vitest run --project unit packages/signing`).toBe(want);
    }
  });
  it('every rule file is in the index and no doc is orphaned', () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id));
    const files = readdirSync(join(pkg, 'src', 'rules')).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'index.ts' && f !== 'types.ts');
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
    expect(readdirSync(docsDir).map((f) => f.replace(/\.md$/, '')).sort()).toEqual([...ids].sort());
  });
});
