import { isCredentialName, isPlaceholder } from '../secret.js';

const MAX_JSON = 64 * 1024;
const MAX_DEPTH = 4;
/** A value encrypted in place (SOPS): ciphertext, not a credential. */
const ENCRYPTED = /^ENC\[[A-Z0-9_]{2,20},data:[^\]]*\]$/;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]{0,30}:\/\//;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The password of a URI (`scheme://user:password@host`) or a credential in its query (`?password=…`, `?token=…`); undefined when it has none. */
export function uriCredential(uri: string): string | undefined {
  const rest = uri.replace(SCHEME, '');
  const authority = rest.split(/[/?#]/, 1)[0]!;
  const at = authority.lastIndexOf('@');
  if (at > 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon >= 0) {
      const password = decode(userinfo.slice(colon + 1));
      if (!isPlaceholder(password)) return password;
    }
  }
  const q = rest.indexOf('?');
  if (q < 0) return undefined;
  for (const pair of rest.slice(q + 1).split(/[&;#]/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = decode(pair.slice(0, eq));
    const value = decode(pair.slice(eq + 1));
    if (isCredentialName(name) && !isPlaceholder(value)) return value;
  }
  return undefined;
}

/** A credential field of a JSON object (Airflow's JSON connections, `extra`), searched a few levels deep. */
function jsonCredential(node: unknown, depth: number): string | undefined {
  if (depth > MAX_DEPTH || !node || typeof node !== 'object') return undefined;
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (typeof v === 'string') {
      if ((isCredentialName(k) || k === 'auth') && !isPlaceholder(v)) return v; // `auth`: Docker's base64 user:password
      if (SCHEME.test(v)) {
        const c = uriCredential(v);
        if (c) return c;
      }
    } else {
      const c = jsonCredential(v, depth + 1);
      if (c) return c;
    }
  }
  return undefined;
}

/**
 * What a credential-named value holds that is secret: the value itself, the password of a URI, the
 * credential field of a JSON connection; undefined for a reference or placeholder (`$(VAR)`, `${VAR}`,
 * `{{ … }}`, `INSERT_…`), a URI without a password (`sqlite:////…`, `postgresql://user@host/db`) or a
 * JSON object without a credential field, a value encrypted in place (SOPS' `ENC[AES256_GCM,data:…]`).
 */
export function literalCredential(value: string): string | undefined {
  const v = value.trim();
  if (isPlaceholder(v) || ENCRYPTED.test(v)) return undefined;
  if (SCHEME.test(v)) return uriCredential(v);
  if (v.startsWith('{') && v.endsWith('}') && v.length <= MAX_JSON) {
    try {
      return jsonCredential(JSON.parse(v), 0);
    } catch {
      return v; // not JSON: a literal that happens to be braced
    }
  }
  return v;
}
