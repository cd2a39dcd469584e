import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STATIC_RULES } from './index.js';
import { RUNTIME_RULES } from './runtime.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = join(here, '..', '..', 'docs', 'rules');
const rules = [...STATIC_RULES, ...RUNTIME_RULES];

function render(meta: (typeof rules)[number]['meta']): string {
  const msgs = Object.entries(meta.messages).map(([id, t]) => `- \`${id}\`: ${t}`).join('\n');
  return `# ${meta.id}\n\nTarget: ${meta.target}. Default severity: ${meta.severity}.\n\n${meta.docs.description}\n\n## Messages\n\n${msgs}\n`;
}

describe('permissions rules meta', () => {
  it('every rule has a doc generated from its meta (UPDATE_DOCS=1 rewrites them)', () => {
    mkdirSync(docsDir, { recursive: true });
    for (const r of rules) {
      const file = join(docsDir, `${r.meta.id}.md`);
      if (process.env.UPDATE_DOCS || !existsSync(file)) writeFileSync(file, render(r.meta));
      expect(readFileSync(file, 'utf8'), file).toBe(render(r.meta));
    }
    expect(readdirSync(docsDir).sort()).toEqual(rules.map((r) => `${r.meta.id}.md`).sort());
  });
  it('every static rule file has its index entry and a rule id equal to its file name', () => {
    const files = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !['index.ts', 'runtime.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});
