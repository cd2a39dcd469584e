import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl4006.js';

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
