import { describe, expect, it } from 'vitest';
import { ConfigError, FlightcheckError, InputError, ToolFailedError, ToolNotFoundError, ToolTimeoutError, UsageError } from '@flightcheck/core';

describe('errors', () => {
  it('are named, actionable, and exit 2', () => {
    const e = new InputError('Dockerfile', 'is a binary file', 3);
    expect(e).toBeInstanceOf(FlightcheckError);
    expect(e.name).toBe('InputError');
    expect(e.message).toBe('Dockerfile:3: is a binary file');
    expect(e.exitCode).toBe(2);
    expect(new ConfigError('.hadolint.yaml', 'bad key').message).toBe('.hadolint.yaml: bad key');
    expect(new UsageError('no check').name).toBe('UsageError');
  });
  it('say what to install, how long a tool ran, and the tail of its stderr', () => {
    expect(new ToolNotFoundError('cosign', "run 'node tools/setup.mjs --only cosign'").message).toBe("cosign is not installed or not on PATH: run 'node tools/setup.mjs --only cosign'");
    expect(new ToolTimeoutError('trivy', 120_000).message).toBe('trivy did not finish within 120 s and was stopped');
    expect(new ToolFailedError('trivy', 1, 'a\nb\nc\nd\n').message).toBe('trivy failed (exit 1): b | c | d');
  });
  it('are recognised across two copies of core (a bundled CLI and a plugin from node_modules)', () => {
    class OtherCopyError extends Error {
      constructor(message: string) {
        super(message);
        Object.defineProperty(this, Symbol.for('flightcheck.error'), { value: true });
      }
    }
    const foreign = new OtherCopyError('x');
    expect(foreign instanceof FlightcheckError).toBe(true);
    expect(foreign instanceof InputError).toBe(false);
    expect(new Error('plain') instanceof FlightcheckError).toBe(false);
    expect(new UsageError('u') instanceof InputError).toBe(false);
    expect(new ConfigError('f', 'r') instanceof InputError).toBe(true);
  });
});
