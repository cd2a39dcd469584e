import { entropy, isCredentialName, isPlaceholder } from '../secret.js';
import { literalCredential } from './literal.js';

/** Why a Secret's entry is or is not a credential. */
export type EntryVerdict = 'credential' | 'private-key' | 'public' | 'identity' | 'placeholder' | 'plain';

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]{1,40})-----/g;
/** PEM types that are public: certificates, public keys, CRLs, certificate requests, DH parameters. */
const PUBLIC_PEM = /^(?:(?:TRUSTED |X509 )?CERTIFICATE(?: REQUEST)?|NEW CERTIFICATE REQUEST|(?:RSA |EC )?PUBLIC KEY|X509 CRL|PGP PUBLIC KEY BLOCK|DH PARAMETERS|EC PARAMETERS)$/;
/** Names of public material: CA bundles, certificates, chains, public keys, trust stores, known_hosts. */
const PUBLIC_NAME = /(?:^|[-_.])(?:ca|cacert|cacerts|ca[-_]?bundle|cert|certs|certificate|crt|cer|chain|fullchain|pub|public[-_]?key|truststore|known[-_]?hosts)(?:[-_.]|$)|\.(?:crt|cer|pem|pub)$/i;
/** Names of what identifies rather than authenticates: users, databases, hosts, ports, ids. */
const IDENTITY_NAME = /(?:^|[-_.])(?:user|users|username|usr|login|account|db|database|dbname|db[-_]?name|schema|host|hostname|port|server|endpoint|region|zone|namespace|email|mail|bucket|cluster|driver|scheme|protocol|sslmode|ssl[-_]?mode|url|uri|address|addr|project|id|client[-_]?id|tenant|tenant[-_]?id|app[-_]?id|name|type|kind|mode|version)$/i;
const SSH_PUBLIC = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-[\w-]+|sk-[\w@.-]+) AAAA[A-Za-z0-9+/=]+/;
const KNOWN_HOSTS_LINE = /^(?:[@|#]\S*\s+)?\S+\s+(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-[\w-]+)\s+AAAA/;
/** Names of files a Secret carries whole (configuration, key stores, Docker credentials): their content is taken for a credential. */
const FILE_NAME = /\.(?:ini|cfg|conf|json|ya?ml|properties|env|toml|xml|py|txt|key|p12|pfx|jks|keystore|htpasswd|netrc|pgpass)$|^\.(?:dockercfg|dockerconfigjson|htpasswd|netrc|pgpass)$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Words, word lists and prose (`airflow`, `system:bootstrappers:kubeadm:default-node-token`, a description): not secret-looking. */
const WORDS = /^[A-Za-z]+(?:[-_.:,;'"()/ ]+[A-Za-z]+)*[.!?'")]*$/;

/** Whether a value under a name that does not say credential still looks like one: a file's content, or a random-looking token. */
function looksSecret(value: string): boolean {
  const v = value.trim();
  if (v.includes('\n')) return true;
  if (ISO_TIME.test(v) || WORDS.test(v) || /^[0-9.]+$/.test(v)) return false;
  return v.length >= 6 && entropy(v) >= 2.5;
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}$/;

/** The text of a `data` value (base64); the value itself when it is not base64 (invalid, left to the reader). */
export function decodeData(value: string): string {
  const v = value.trim();
  if (!BASE64.test(v)) return value;
  return Buffer.from(v, 'base64').toString('utf8');
}

/** True when every PEM block of a text is public (and there is at least one). */
function onlyPublicPem(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(PEM_BLOCK)) {
    if (!PUBLIC_PEM.test(m[1]!.trim())) return false;
    n++;
  }
  return n > 0;
}

function publicText(text: string): boolean {
  const t = text.trim();
  if (onlyPublicPem(t)) return true;
  const lines = t.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
  return lines.length > 0 && lines.every((l) => SSH_PUBLIC.test(l.trim()) || KNOWN_HOSTS_LINE.test(l.trim()));
}

/**
 * Whether one entry of a committed Secret is a credential. A private key always is; public material
 * (certificates, `*.crt`, a `*.pem` without a private key, `ca.crt`, SSH public keys, known_hosts),
 * identities (usernames, database names, hosts, ports, ids), references and placeholders, URIs without
 * a password and plain numbers are not. A credential-like name, a file the Secret carries (`*.ini`, `*.json`,
 * `.dockerconfigjson`…) or a random-looking value is; words, dates and numbers under other names are not.
 */
export function judgeSecretEntry(name: string, plain: string, raw = plain): EntryVerdict {
  if (PRIVATE_KEY.test(plain)) return 'private-key';
  if (isPlaceholder(plain) || isPlaceholder(raw)) return 'placeholder';
  if (publicText(plain)) return 'public';
  if (PUBLIC_NAME.test(name) && !isCredentialName(name)) return 'public';
  const literal = literalCredential(plain);
  if (literal === undefined) return 'placeholder'; // a reference, a URI without a password, a JSON object without a credential field
  if (literal !== plain.trim()) return 'credential'; // the password of a URI, the credential field of a JSON connection
  if (isCredentialName(name)) return 'credential';
  if (IDENTITY_NAME.test(name) || /^\s*[0-9]+\s*$/.test(plain)) return 'identity';
  if (FILE_NAME.test(name)) return 'credential';
  return looksSecret(plain) ? 'credential' : 'plain';
}
