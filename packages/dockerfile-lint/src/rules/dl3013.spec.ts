import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3013.js';
import { expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { DEFAULT_RULE_CONFIG } from './rule.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN pip install --no-cache-dir requests==2.31.0" },
    { code: "RUN pip install -r requirements.txt" },
    { code: "RUN pip install ." },
    { code: "RUN pip install ./pkg/" },
    { code: "RUN pip install git+https://h/x.git@v1" },
    { code: "RUN pip install -c constraints.txt flask" },
    { code: "RUN pip install --index-url https://i/simple x==1" },
    { code: "RUN pipenv install flask" },
  ],
  invalid: [
    { code: "RUN pip install flask", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN python3 -m pip install --user flask", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN pip install git+https://h/x.git", errors: [{ messageId: 'default', line: 1 }] },
    { code: "ONBUILD RUN pip3 install x", errors: [{ messageId: 'default', line: 1 }] },
  ],
});

it("DL3013 says hadolint 2.15.1's message", () => {
  const { findings } = lintText("RUN pip install flask", 'Dockerfile', { ...DEFAULT_RULE_CONFIG, ...{} });
  expect(findings.find((f) => f.ruleId === 'DL3013')?.message).toBe("Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`");
});
