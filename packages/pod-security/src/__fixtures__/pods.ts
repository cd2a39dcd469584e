import { createRuleTests, runRules, type RuleTestCases } from '@flightcheck/core';
import { describe, it } from 'vitest';
import { parse } from 'yaml';
import type { PssCheck, PssSubject } from '../engine/check.js';
import { withApiServerDefaults } from '../engine/pod.js';

/** A case's code: a pod as YAML (`metadata.annotations` and `spec`), optionally headed by `# version: v1.N`. */
export function podSubject(code: string): PssSubject {
  const m = /^#\s*version:\s*v1\.(\d+)/m.exec(code);
  const doc = (parse(code) ?? {}) as { metadata?: { annotations?: Record<string, string> }; spec?: Record<string, unknown> };
  return { pod: { annotations: doc.metadata?.annotations ?? {}, spec: withApiServerDefaults(doc.spec ?? {}, true) }, minor: m ? Number(m[1]) : 35 };
}

/** Runs rule-tester cases for a check, and asserts the exact messages of `messages` cases. */
export function testCheck(check: PssCheck, cases: RuleTestCases, messages: { code: string; message: string }[] = []): void {
  describe(check.meta.id, () => {
    for (const t of createRuleTests(check, (code) => podSubject(code), cases)) it(t.name, () => t.run());
    for (const [i, m] of messages.entries()) {
      it(`message #${i + 1}`, ({ expect }) => {
        const found = runRules([check], podSubject(m.code), { file: 'pod.yaml' });
        expect(found.map((f) => f.message)).toEqual([m.message]);
      });
    }
  });
}

/** A restricted-clean container, for cases that change one field. */
export const GOOD_CONTAINER = `
      securityContext:
        allowPrivilegeEscalation: false
        capabilities: { drop: [ALL] }`;
