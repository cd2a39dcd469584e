import { runRules, type Result } from '@flightcheck/core';
import type { PermissionsOptions } from './options.js';
import { probeContainer } from './runtime-probe.js';
import { RUNTIME_RULES } from './rules/runtime.js';

/** The run-time check: starts the image (sleep as entrypoint), probes it, and applies the runtime rules. */
export async function checkRuntime(image: string, options: PermissionsOptions, log: (t: string) => void = () => {}): Promise<Result> {
  const facts = await probeContainer(image, options.home, log);
  const findings = runRules(RUNTIME_RULES, facts, { file: image, options });
  return { check: `${CHECK_RUNTIME}`, target: image, engine: 'testcontainers', findings };
}

export const CHECK_RUNTIME = 'permissions-runtime';
