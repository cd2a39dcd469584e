import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3056.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "LABEL version=1.2.3", options: {"labelSchema": {"version": "semver"}} },
    { code: "LABEL version=1.0.0-rc.1+build.5", options: {"labelSchema": {"version": "semver"}} },
  ],
  invalid: [
    { code: "LABEL version=v1.2", options: {"labelSchema": {"version": "semver"}}, errors: [{ messageId: 'default', line: 1 }] },
  ],
});
