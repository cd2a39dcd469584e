import type { ErrorObject } from 'ajv';
import { ConfigError } from './errors.js';
import { validate as generated } from './policy-validator.generated.js';

const FAIL_ON = { enum: ['critical', 'high', 'medium', 'low', 'info', 'none'] };

/**
 * JSON Schema of flightcheck.yaml. Each check owns its `checks.<name>` section (validated by the check);
 * the schema fixes what every check shares: `failOn`, the threshold of that one check.
 */
export const POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: FAIL_ON,
    waivers: { type: 'string', minLength: 1 },
    plugins: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1 } },
    // the profile of a plain nx run (policy.ts reads it) and the bounds of the external tools (tool-limits.ts
    // validates their contents with messages of its own)
    profile: { type: 'string', enum: ['local', 'release'] },
    tools: { type: 'object' },
    checks: {
      type: 'object',
      maxProperties: 200,
      propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*$' },
      additionalProperties: {
        type: 'object',
        properties: { failOn: FAIL_ON },
      },
    },
  },
} as const;

// ajv's standalone code of POLICY_SCHEMA, generated ahead (policy-validator.generated.spec.ts): reading
// flightcheck.yaml loads neither ajv's compiler nor compiles the schema at start-up
const compiled = generated as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
function validate(data: unknown): boolean {
  return compiled(data);
}

function describe(e: ErrorObject): string {
  const at = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the top level';
  if (e.keyword === 'additionalProperties') return `unknown key \`${(e.params as { additionalProperty: string }).additionalProperty}\` at ${at} (known: failOn, waivers, plugins, profile, tools, checks)`;
  if (e.keyword === 'enum') return `${at} must be one of ${(e.params as { allowedValues: string[] }).allowedValues.join(', ')}`;
  if (e.propertyName !== undefined || e.keyword === 'propertyNames') return `check names under \`checks\` are kebab-case (got ${JSON.stringify(e.propertyName ?? (e.params as { propertyName?: string }).propertyName)})`;
  return `${at} ${e.message ?? 'is invalid'}`;
}

/** Throws a ConfigError naming the file and the first problem when `data` is not a valid policy. */
export function validatePolicy(data: unknown, file: string, lineOf?: (path: string[]) => number | undefined): void {
  if (validate(data)) return;
  const e = compiled!.errors![0]!;
  const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.keyword === 'additionalProperties') path.push((e.params as { additionalProperty: string }).additionalProperty);
  throw new ConfigError(file, describe(e), lineOf?.(path));
}
