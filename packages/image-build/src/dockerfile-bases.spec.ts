import { describe, expect, it } from 'vitest';
import { baseImages } from './dockerfile-bases.js';

const df = `ARG BASE_IMAGE=python:3.11-slim@sha256:abc
ARG X
FROM \${BASE_IMAGE} AS airflow-user
RUN true
FROM airflow-user AS build
FROM --platform=linux/amd64 debian:bookworm
FROM scratch
`;

describe('baseImages', () => {
  it('substitutes ARG defaults and skips stages and scratch', () => {
    expect(baseImages(df)).toEqual(['python:3.11-slim@sha256:abc', 'debian:bookworm']);
  });
  it('lets build args win', () => {
    expect(baseImages(df, { BASE_IMAGE: 'flightcheck/python-base:bookworm' })[0]).toBe('flightcheck/python-base:bookworm');
  });
});
