import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4006.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN a | b" },
    { code: "RUN a || b" },
    { code: "FROM a:1\nSHELL [\"pwsh\", \"-c\"]\nRUN a | b" },
    { code: "FROM a:1\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN a | b" },
  ],
  invalid: [
    { code: "RUN a | b", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM a:1\nSHELL [\"/bin/bash\", \"-c\"]\nRUN a | b", errors: [{ messageId: 'default', line: 3 }] },
    { code: "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM b:1\nRUN a | b", errors: [{ messageId: 'default', line: 4 }] },
  ],
});

it("DL4006 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN a | b", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL4006')?.message).toBe("Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check");
});
