/** How weak a secret value is. Values are never printed: callers report only the kind of weakness. */

/** Values published in Airflow's own defaults, docs, charts and tutorials, or that are no secret at all. */
const KNOWN = new Set([
  'temporary_key', // Airflow ≤ 1.10.13's default [webserver] secret_key (CVE-2020-17526)
  '{secret_key}', '{fernet_key}', '{jwt_secret}', // template placeholders of the default airflow.cfg
  'secret', 'secret_key', 'secretkey', 'changeme', 'change_me', 'change-me', 'airflow', 'admin', 'password', 'default',
  'test', 'dev', 'example', 'your-secret-key', 'your_secret_key', 'mysecretkey', 'supersecret', 'none', 'null',
]);

export type Weakness = 'empty' | 'default' | 'short';

export function weakness(value: string, minLength: number): Weakness | undefined {
  const v = value.trim();
  if (!v) return 'empty';
  if (KNOWN.has(v.toLowerCase())) return 'default';
  if (/^(.)\1*$/.test(v)) return 'default'; // one character repeated
  if (v.length < minLength) return 'short';
  return undefined;
}

/** A [core] fernet_key: comma-separated keys (rotation), each 32 bytes in url-safe base64. */
export function fernetProblem(value: string): Weakness | 'invalid' | undefined {
  const keys = value.split(',').map((k) => k.trim());
  if (keys.every((k) => !k)) return 'empty';
  for (const k of keys) {
    if (KNOWN.has(k.toLowerCase())) return 'default';
    if (!/^[A-Za-z0-9_-]{43}=$/.test(k) || Buffer.from(k, 'base64url').length !== 32) return 'invalid';
  }
  return undefined;
}
