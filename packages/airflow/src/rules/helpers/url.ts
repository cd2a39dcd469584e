/** SQLAlchemy, Celery broker and result-backend URLs: scheme, whether a password is in them, whether TLS is asked for. */
export interface ParsedUrl {
  scheme: string;
  host: string;
  hasPassword: boolean;
  query: URLSearchParams;
}

export function parseServiceUrl(value: string): ParsedUrl | undefined {
  const v = value.trim();
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/]*)@)?([^/?#]*)([^?#]*)(?:\?([^#]*))?/i.exec(v);
  if (!m) return undefined;
  const userinfo = m[2] ?? '';
  const colon = userinfo.indexOf(':');
  return { scheme: m[1]!.toLowerCase(), host: m[3]!.replace(/:\d+$/, '').toLowerCase(), hasPassword: colon >= 0 && colon < userinfo.length - 1, query: new URLSearchParams(m[5] ?? '') };
}

const LOCAL = new Set(['', 'localhost', '127.0.0.1', '[::1]']);

/**
 * Why the connection is not encrypted, or undefined when it is (or cannot be: sqlite, a local socket).
 * PostgreSQL needs sslmode require, verify-ca or verify-full (prefer falls back to plain text);
 * MySQL an ssl / ssl_ca / ssl_mode; Redis rediss://; AMQP amqps://.
 */
export function plainTextReason(u: ParsedUrl): string | undefined {
  const base = u.scheme.replace(/^db\+/, '').split('+')[0]!;
  if (base === 'sqlite' || LOCAL.has(u.host) || u.query.has('host') && u.query.get('host')!.startsWith('/')) return undefined;
  if (base === 'postgresql' || base === 'postgres') {
    const mode = u.query.get('sslmode');
    return mode && ['require', 'verify-ca', 'verify-full'].includes(mode) ? undefined : mode ? `sslmode=${mode} does not require TLS` : 'no sslmode: libpq falls back to plain text';
  }
  if (base === 'mysql' || base === 'mariadb') {
    const q = u.query;
    return q.has('ssl_ca') || q.has('ssl') || /^(REQUIRED|VERIFY_CA|VERIFY_IDENTITY)$/i.test(q.get('ssl_mode') ?? '') ? undefined : 'no ssl / ssl_ca / ssl_mode=REQUIRED';
  }
  if (base === 'redis' || base === 'sentinel') return 'redis:// is plain text (rediss:// is TLS)';
  if (base === 'amqp' || base === 'pyamqp' || base === 'librabbitmq') return `${base}:// is plain text (amqps:// is TLS)`;
  return undefined;
}

/**
 * A URL built from parts not all known (`$(VAR)` from a Secret outside the manifests): can its TLS be judged?
 * Yes when every unknown part is in the user information (a password, a user) and the scheme, host, path and
 * query are written out.
 */
export function tlsVisible(template: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?(.*)$/i.exec(template.trim());
  return !!m && !m[1]!.includes('$(');
}
