import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3062.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN go install example.com/x@v1.2.3" },
    { code: "RUN go install ./cmd/x" },
    { code: "RUN go build ./..." },
    { code: "RUN go run example.com/x@v1 && go get example.com/y" },
  ],
  invalid: [
    { code: "RUN go install example.com/x", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN go install example.com/x@latest", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN go run example.com/x", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3062 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN go install example.com/x", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3062')?.message).toBe("Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`");
});
