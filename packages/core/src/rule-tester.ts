import { runRules, type Rule } from './rule.js';
import type { Finding } from './model.js';

export interface ValidCase<Options = unknown> {
  name?: string;
  code: string;
  options?: Options;
  file?: string;
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  data?: Record<string, string | number>;
}

export interface InvalidCase<Options = unknown> extends ValidCase<Options> {
  /** The findings the rule must report, in order; a number = just how many. */
  errors: ExpectedError[] | number;
}

export interface RuleTestCases<Options = unknown> {
  valid: (string | ValidCase<Options>)[];
  invalid: InvalidCase<Options>[];
}

export class RuleTestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuleTestError';
  }
}

export interface RuleTestCase {
  name: string;
  run(): void;
}

/**
 * Turns `{ valid, invalid }` cases into runnable test cases. `parse` turns a case's code into the
 * rule's subject. Unknown message ids in expectations, or reported by the rule, fail the case.
 */
export function createRuleTests<Subject, Options = unknown>(
  rule: Rule<Subject, string, Options>,
  parse: (code: string, file: string) => Subject,
  cases: RuleTestCases<Options>,
): RuleTestCase[] {
  const known = new Set(Object.keys(rule.meta.messages));
  const id = rule.meta.id;
  const out: RuleTestCase[] = [];
  const runOne = (c: ValidCase<Options>): Finding[] => {
    const file = c.file ?? 'test-input';
    return runRules([rule], parse(c.code, file), { file, options: c.options });
  };
  cases.valid.forEach((v, i) => {
    const c = typeof v === 'string' ? { code: v } : v;
    out.push({
      name: `${id} valid #${i + 1}${c.name ? `: ${c.name}` : ''}`,
      run() {
        const found = runOne(c);
        if (found.length) {
          throw new RuleTestError(`${id}: expected no finding, got ${found.length}: ${found.map((f) => f.message).join('; ')}\n--- code\n${c.code}`);
        }
      },
    });
  });
  cases.invalid.forEach((c, i) => {
    out.push({
      name: `${id} invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`,
      run() {
        if (Array.isArray(c.errors)) {
          for (const e of c.errors) {
            if (!known.has(e.messageId)) throw new RuleTestError(`${id}: test expects unknown messageId "${e.messageId}"`);
          }
        }
        const found = runOne(c);
        const want = Array.isArray(c.errors) ? c.errors.length : c.errors;
        if (want === 0) throw new RuleTestError(`${id}: an invalid case must expect at least one finding`);
        if (found.length !== want) {
          throw new RuleTestError(`${id}: expected ${want} finding(s), got ${found.length}: ${found.map((f) => `${f.location?.line ?? '?'}: ${f.message}`).join('; ')}\n--- code\n${c.code}`);
        }
        if (!Array.isArray(c.errors)) return;
        c.errors.forEach((e, k) => {
          const f = found[k]!;
          const expectedMessage = rule.meta.messages[e.messageId as keyof typeof rule.meta.messages] as string;
          if (e.data === undefined && !sameTemplate(expectedMessage, f.message)) {
            throw new RuleTestError(`${id}: finding ${k + 1} is "${f.message}", not messageId ${e.messageId}`);
          }
          if (e.data !== undefined) {
            const msg = expectedMessage.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, n: string) => (n in e.data! ? String(e.data![n]) : m));
            if (msg !== f.message) throw new RuleTestError(`${id}: finding ${k + 1}: expected "${msg}", got "${f.message}"`);
          }
          if (e.line !== undefined && f.location?.line !== e.line) {
            throw new RuleTestError(`${id}: finding ${k + 1}: expected line ${e.line}, got ${f.location?.line}`);
          }
          if (e.column !== undefined && f.location?.column !== e.column) {
            throw new RuleTestError(`${id}: finding ${k + 1}: expected column ${e.column}, got ${f.location?.column}`);
          }
        });
      },
    });
  });
  return out;
}

function sameTemplate(template: string, message: string): boolean {
  const parts = template.split(/\{\{\s*\w+\s*\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`).test(message);
}
