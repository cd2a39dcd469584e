import { createHash } from 'node:crypto';

/** A stable id of a secret value (for allow-lists): never the value, and too short to brute-force a long one. */
export function fingerprint(secret: string): string {
  return `sha256:${createHash('sha256').update(secret).digest('hex').slice(0, 16)}`;
}

/** What a report may show of a secret: its first 2 characters, its length and its fingerprint. */
export function redact(secret: string): string {
  const head = secret.length >= 12 ? secret.slice(0, 2) : '';
  return `${head}… (${secret.length} chars, ${fingerprint(secret)})`;
}

/** Shannon entropy in bits per character: random tokens score high, words and repeats low. */
export function entropy(s: string): number {
  if (!s) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const PLACEHOLDER_WORDS = new Set(['password', 'passwd', 'pass', 'secret', 'token', 'changeme', 'change-me', 'change_me', 'changeit', 'redacted', 'example', 'dummy', 'placeholder', 'none', 'null', 'nil', 'true', 'false', 'yes', 'no', 'todo', 'tbd', 'fixme', 'test', 'xxx', 'default', 'secretvalue', 'notasecret', 'replaceme', 'replace-me', 'replace_me']);

/**
 * References to a value held elsewhere: Kubernetes' `$(VAR)`, shell and Compose `${VAR}` / `${VAR:-x}` / `$VAR`,
 * Helm and Jinja `{{ … }}`, Python's `%(name)s`, Ansible-style `<name>`. Bounded, no nested quantifiers.
 */
const REFERENCE = /\$\([A-Za-z_][\w.-]{0,120}\)|\$\{[^{}]{1,200}\}|(?<![A-Za-z0-9])\$[A-Z_][A-Z0-9_]{0,120}(?![a-z])|\{\{[^]{0,400}?\}\}|%\([\w.-]{1,120}\)[sd]|<[^<>\s][^<>]{0,120}>/g;
/** Upper-case words that mark a value to fill in: INSERT_PASSWORD_HERE, DB_PASSWORD_VAL, REPLACE_ME, YOUR_TOKEN. */
const FILL_IN = /^((INSERT|REPLACE|ENTER|PUT|ADD|SET|YOUR|MY)[-_][A-Z0-9_-]*|[A-Z0-9_-]*[-_](VAL|VALUE|HERE|ME|PLACEHOLDER))$/;

/** True when a value is made only of references and separators: `$(DB_PASSWORD)`, `$(USER):$(PASS)`, `Bearer ${TOKEN}`. */
export function isReference(value: string): boolean {
  const v = value.trim();
  if (!/[$%{<]/.test(v) || v.length > 4096) return false;
  const rest = v.replace(REFERENCE, ' ');
  if (rest === v) return false;
  // what is left is literal glue (`:`, `@`, `/`, a scheme, a word like Bearer): no part long and random enough to be a secret
  return !rest.split(/[\s:@/;,=.?&|'"]+/).some((part) => part.length >= 8 && entropy(part) >= 3 && /\d/.test(part) && /[A-Za-z]/.test(part));
}

/** True for values that only point at a secret or stand in for one: `${DB_PASSWORD}`, `$(TOKEN)`, `{{ .Values.x }}`, `<token>`, `INSERT_KEY_HERE`, `***`. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (v.length < 4) return true;
  if (/^\$\{?[A-Za-z_][\w.-]*(:?[-=?][^}]*)?\}?$/.test(v)) return true; // $VAR, ${VAR}, ${VAR:-x}
  if (/^\{\{.*\}\}$/.test(v) || /^\{\{/.test(v) || /^%\(.*\)s$/.test(v) || /^<[^>]+>$/.test(v) || /^\[[A-Z_ -]+\]$/.test(v)) return true;
  if (isReference(v)) return true;
  if (/^([*xX.#-])\1{2,}$/.test(v) || /^(.)\1+$/.test(v)) return true;
  if (PLACEHOLDER_WORDS.has(v.toLowerCase())) return true;
  if (FILL_IN.test(v)) return true;
  if (/^change[-_]?me/i.test(v) || /^(your|my)[-_]?[\w-]*$/i.test(v) || /example/i.test(v)) return true;
  if (/^(\/|\.\/|~\/|file:)/.test(v)) return true; // a path to a secret file, not the secret
  return false;
}

/**
 * Names that carry credentials: PASSWORD, *_TOKEN, SECRET, API_KEY, FERNET_KEY, SQL_ALCHEMY_CONN…; not names
 * that point at one (`*_FILE`, `*_PATH`, `*_URL` without credentials, `*_NAME`, `*_REF`, `*_ID`).
 */
const CREDENTIAL = /(pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|secret[-_]?key|fernet[-_]?key|auth[-_]?key|(routing|service|integration)[-_]?key|credentials?|client[-_]?secret|sql[-_]?alchemy[-_]?conn|conn(ection)?[-_]?(string|uri)|dsn)$/i;
const POINTER = /([-_.](file|path|dir|name|names|ref|id|url|uri|endpoint|host|type|length|len|ttl|expiry|expires|enabled|policy|version|key[-_]?ref|mount))$/i;
/** Digests of a value, not the value: `checksum/secret`, `secret-hash`, `config_sha256`. */
const DIGEST = /(^|[-_./])(checksum|hash|digest|sha(1|256|512)?|md5|fingerprint)([-_./]|$)/i;

export function isCredentialName(name: string): boolean {
  const n = name.trim().replace(/^["']|["']$/g, '');
  if (!n || n.length > 120) return false;
  if (/^AIRFLOW_CONN_/i.test(n)) return true;
  if (/^AIRFLOW__\w+__\w+_(SECRET|CMD)$/i.test(n)) return false; // Airflow's `_secret` / `_cmd` options name a secrets-backend key or a command, not the value
  if (/^passwd$/i.test(n)) return false; // the account file (/etc/passwd), not a password
  if (POINTER.test(n) || DIGEST.test(n)) return false;
  return CREDENTIAL.test(n);
}
