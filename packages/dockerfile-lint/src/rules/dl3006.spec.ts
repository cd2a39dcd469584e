import { testRule } from '@flightcheck/core/testing';
import { parseDockerfile } from '../parser/dockerfile.js';
import rule from './dl3006.js';

testRule(rule, (code) => parseDockerfile(code), {
  valid: [
    { code: "FROM debian:12" },
    { code: "FROM scratch" },
    { code: "FROM ${IMG}" },
    { code: "FROM a:1 AS builder\nFROM builder" },
    { code: "FROM debian@sha256:abc" },
  ],
  invalid: [
    { code: "FROM debian", errors: [{ messageId: 'default', line: 1 }] },
    { code: "FROM registry.example.com:5000/team/img", errors: [{ messageId: 'default', line: 1 }] },
  ],
});
