import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADMISSION_RULES } from './admission-rules/index.js';
import { renderRuleDoc } from './docs.js';
import { PSS_CHECKS } from './rules/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const docsDir = join(here, '..', 'docs', 'rules');
const ruleFiles = (dir: string) => readdirSync(join(here, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

const ALL_IDS = [
  'appArmorProfile', 'capabilities_baseline', 'hostNamespaces', 'hostPathVolumes', 'hostPorts', 'hostProbesAndHostLifecycle', 'privileged', 'procMount',
  'seLinuxOptions', 'seccompProfile_baseline', 'sysctls', 'windowsHostProcess',
  'allowPrivilegeEscalation', 'capabilities_restricted', 'procMount_restricted', 'restrictedVolumes', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted',
];

describe('pod-security meta', () => {
  it('has the 19 checks of pod-security-admission v0.36, in the library order', () => {
    expect(PSS_CHECKS.map((c) => c.meta.id)).toEqual(ALL_IDS);
    expect(PSS_CHECKS.filter((c) => c.level === 'baseline')).toHaveLength(12);
  });
  it('has one file per rule, named by id, each in its index', () => {
    expect(ruleFiles('rules').sort()).toEqual([...ALL_IDS].sort());
    expect(ruleFiles('admission-rules').sort()).toEqual(ADMISSION_RULES.map((r) => r.meta.id).sort());
  });
  for (const [dir, rules] of [['rules', PSS_CHECKS], ['admission-rules', ADMISSION_RULES]] as const) {
    for (const rule of rules) {
      const id = rule.meta.id;
      it(`${id} has a spec beside it`, () => expect(existsSync(join(here, dir, `${id}.spec.ts`))).toBe(true));
      it(`${id} has an up-to-date doc`, () => {
        const file = join(docsDir, `${id}.md`);
        const want = renderRuleDoc(rule);
        if (process.env.UPDATE_DOCS) writeFileSync(file, want);
        expect(existsSync(file), `${file} is missing: run UPDATE_DOCS=1 vitest`).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(want);
      });
    }
  }
});
