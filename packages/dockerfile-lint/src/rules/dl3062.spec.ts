import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3062.js';

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
