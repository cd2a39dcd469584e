import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleDoc } from './docs.js';
import { rules } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = join(here, '..', '..', 'docs', 'rules');
const ruleFiles = readdirSync(here).filter((f) => /^dl\d{4}\.ts$/.test(f));

describe('rule meta', () => {
  it('every rule file is in the index, and every index entry has a file', () => {
    expect(rules.map((r) => `${r.meta.id.toLowerCase()}.ts`).sort()).toEqual([...ruleFiles].sort());
  });
  it('has hadolint 2.15 rule set: DL1001, DL3000–DL3067, DL4000–DL4006 that exist', () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const gone of ['DL3005', 'DL3017', 'DL3031', 'DL3039', 'DL4002']) expect(ids.has(gone)).toBe(false);
    expect(ids.size).toBe(71);
  });
  for (const rule of rules) {
    const id = rule.meta.id.toLowerCase();
    it(`${rule.meta.id} has a spec and an up-to-date doc`, () => {
      expect(existsSync(join(here, `${id}.spec.ts`))).toBe(true);
      const file = join(docsDir, `${rule.meta.id}.md`);
      const want = ruleDoc(rule);
      if (process.env.UPDATE_DOCS) {
        mkdirSync(docsDir, { recursive: true });
        writeFileSync(file, want);
      }
      expect(existsSync(file), `${file} missing: run UPDATE_DOCS=1 npx vitest run --project unit packages/dockerfile-lint/src/rules/meta.spec.ts`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(want);
    });
  }
});
