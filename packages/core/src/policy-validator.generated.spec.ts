import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import { POLICY_SCHEMA } from './policy-schema.js';
import { validate } from './policy-validator.generated.js';

// policy-validator.generated.ts is ajv's standalone code for POLICY_SCHEMA, so that a command reading
// flightcheck.yaml neither loads ajv's compiler nor compiles the schema (~0.1–0.4 s of every start).
// After changing the schema: `npx vitest run packages/core/src/policy-validator.generated.spec.ts -u`.
function generate(): string {
  const ajv = new Ajv({ allErrors: false, strict: true, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(POLICY_SCHEMA));
  // ajv's ESM output still require()s its runtime helpers. The one this schema uses, ucs2length (minLength
  // counts code points, a surrogate pair once), is written out, so the generated module imports nothing.
  const imports: string[] = [];
  const body = code.replace(/const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/g, (_, name: string) => `const ${name} = (s) => { let n = 0; for (const _c of s) n++; return n; };`);
  if (/require\(/.test(body)) throw new Error('ajv standalone code with a require() this generator does not rewrite');
  return [
    '// @ts-nocheck',
    '// GENERATED from POLICY_SCHEMA (policy-schema.ts) by policy-validator.generated.spec.ts with ajv standalone: do not edit.',
    ...imports,
    body.replace(/^"use strict";\n?/, ''),
  ].join('\n');
}

describe('the generated flightcheck.yaml validator', () => {
  it('is the standalone code of the current schema', async () => {
    await expect(generate()).toMatchFileSnapshot('./policy-validator.generated.ts');
  });

  it('decides as ajv compiling the schema decides, with the same first error', () => {
    const compiled = new Ajv({ allErrors: false, strict: true }).compile(POLICY_SCHEMA);
    const cases: unknown[] = [
      {}, { failOn: 'high' }, { failOn: 'warning' }, { waivers: '' }, { waivers: 'w.yaml' }, { plugins: ['a', ''] },
      { plugins: Array.from({ length: 101 }, () => 'p') }, { profile: 'staging' }, { profile: 'local' }, { tools: [] },
      { checks: { 'Bad_Name': {} } }, { checks: { ok: { failOn: 'none', other: 1 } } }, { checks: { ok: 3 } }, { nope: 1 },
      [], 'text', null, { waivers: '\u{1F600}' }, { plugins: ['\ud800'] }, { checks: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, {}])) },
    ];
    for (const c of cases) {
      const ok = compiled(c);
      expect(validate(c), JSON.stringify(c).slice(0, 80)).toBe(ok);
      if (!ok) expect((validate as unknown as { errors: unknown[] }).errors[0]).toEqual(compiled.errors![0]);
    }
  });
});
