import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import { isPlaceholder } from '../secret.js';
import type { ScanSubject } from '../subject.js';

// scheme://user:password@host — Airflow connections (AIRFLOW_CONN_*, sql_alchemy_conn), database URLs, broker URLs
const URI = /\b([a-zA-Z][a-zA-Z0-9+.-]{1,30}):\/\/([^\s:/?#@'"`<>]{1,256}):([^\s@/?#'"`<>]{1,256})@([^\s/'"`:?#<>]{1,256})/g;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const connectionUriPassword = defineRule<ScanSubject, 'uri'>({
  meta: {
    id: 'connection-uri-password',
    target: 'file',
    severity: 'high',
    docs: { description: 'Finds connection URIs that carry a password (postgresql://user:pass@host, AIRFLOW_CONN_*, sql_alchemy_conn, broker URLs).' },
    messages: { uri: 'connection URI {{scheme}}://{{user}}@{{host}} carries a password: {{hint}}' },
  },
  check(subject, ctx) {
    if (!subject.text.includes('://')) return;
    for (const { match } of matches(subject.text, URI)) {
      const password = decode(match[3]!);
      if (isPlaceholder(password)) continue;
      reportSecret(subject, ctx, 'uri', {
        offset: match.index + match[0].indexOf(':', match[1]!.length + 3),
        secret: password,
        data: { scheme: match[1]!, user: match[2]!.slice(0, 40), host: match[4]!.slice(0, 80) },
        resolution: 'keep the password out of the URI: load the connection from a secrets backend or a Kubernetes Secret (secretKeyRef)',
      });
    }
  },
});
