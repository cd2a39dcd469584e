import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3028.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "RUN gem install rails:7.1.0" },
    { code: "RUN gem install rails -v 7.1.0" },
    { code: "RUN gem install rails --version=7.1.0" },
    { code: "RUN gem install bundler:2 --no-document" },
  ],
  invalid: [
    { code: "RUN gem install rails", errors: [{ messageId: 'default', line: 1 }] },
    { code: "RUN gem i rails --no-document", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
