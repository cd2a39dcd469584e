import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS } from './checks/index.js';
import { renderCheckDoc } from './docs.js';

const here = dirname(fileURLToPath(import.meta.url));
const checksDir = join(here, 'checks');
const docsDir = join(here, '..', 'docs', 'rules');

describe('compliance meta', () => {
  const files = readdirSync(checksDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'index.ts');
  it('has 39 checks: 33 default, 6 optional, unique ids', () => {
    expect(ALL_CHECKS).toHaveLength(39);
    expect(ALL_CHECKS.filter((c) => c.meta.optional)).toHaveLength(6);
    expect(new Set(ALL_CHECKS.map((c) => c.meta.id)).size).toBe(39);
  });
  it('has one file per check, named by id, each in the index', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(ALL_CHECKS.map((c) => c.meta.id).sort());
  });
  for (const check of ALL_CHECKS) {
    const id = check.meta.id;
    it(`${id} has a spec beside it`, () => expect(existsSync(join(checksDir, `${id}.spec.ts`))).toBe(true));
    it(`${id} has an up-to-date doc`, () => {
      const file = join(docsDir, `${id}.md`);
      const want = renderCheckDoc(check);
      if (process.env.UPDATE_DOCS) writeFileSync(file, want);
      expect(existsSync(file), `${file} is missing: run UPDATE_DOCS=1 vitest`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(want);
    });
  }
});
