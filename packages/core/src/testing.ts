import { describe, it } from 'vitest';
import { createRuleTests, type RuleTestCases } from './rule-tester.js';
import type { Rule } from './rule.js';

export * from './rule-tester.js';
export * from './cli-runner.js';

/** Registers a rule's `{ valid, invalid }` cases as vitest tests. */
export function testRule<Subject, Options = unknown>(
  rule: Rule<Subject, string, Options>,
  parse: (code: string, file: string) => Subject,
  cases: RuleTestCases<Options>,
): void {
  describe(rule.meta.id, () => {
    for (const t of createRuleTests(rule, parse, cases)) it(t.name, () => t.run());
  });
}
