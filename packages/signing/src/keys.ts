import { isAbsolute, resolve } from 'node:path';
import { readTextInput } from '@flightcheck/core';
import { KeyError } from './errors.js';

/** A key as cosign's `--key` takes it, with the values that must never be printed. */
export interface ResolvedKey {
  /** The argument for `--key`: an absolute file path, `env://NAME` or a KMS URI. Never key material. */
  arg: string;
  kind: 'file' | 'env' | 'kms';
  /** Safe to print: the path, `env://NAME` or the KMS URI. */
  display: string;
  /** Values to redact from every output (the PEM, the password). */
  secrets: string[];
  /** Environment for cosign (COSIGN_PASSWORD). */
  env: Record<string, string>;
}

export type KeyUse = 'private' | 'public';

/** KMS and hardware key URIs cosign resolves itself; passed through untouched. */
export const KMS_SCHEMES = ['awskms://', 'gcpkms://', 'azurekms://', 'hashivault://', 'k8s://', 'gitlab://', 'pkcs11:'] as const;
const MAX_KEY_BYTES = 64 * 1024;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PRIVATE_PEM = /-----BEGIN (ENCRYPTED SIGSTORE PRIVATE KEY|ENCRYPTED COSIGN PRIVATE KEY|EC PRIVATE KEY|PRIVATE KEY|RSA PRIVATE KEY)-----[\s\S]+-----END \1-----/;
const PUBLIC_PEM = /-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----/;

function checkPem(text: string, use: KeyUse, where: string): void {
  const ok = use === 'private' ? PRIVATE_PEM.test(text) : PUBLIC_PEM.test(text);
  if (ok) return;
  const what = use === 'private' ? 'a cosign private key (PEM "ENCRYPTED SIGSTORE PRIVATE KEY", from `cosign generate-key-pair`)' : 'a PEM public key ("PUBLIC KEY", e.g. cosign.pub)';
  if (use === 'public' && PRIVATE_PEM.test(text)) throw new KeyError(where, 'holds a private key where the public key is expected: use the .pub file');
  throw new KeyError(where, `is not ${what}`);
}

/** cosign reads COSIGN_PASSWORD; an absent variable would make it prompt (and fail without a terminal). */
function passwordEnv(use: KeyUse, env: Record<string, string | undefined>, where: string): { env: Record<string, string>; secrets: string[] } {
  if (use === 'public') return { env: {}, secrets: [] };
  const password = env.COSIGN_PASSWORD;
  if (password === undefined) throw new KeyError(where, 'COSIGN_PASSWORD is not set: export the private key\'s password in COSIGN_PASSWORD (empty for a key without one)');
  return { env: { COSIGN_PASSWORD: password }, secrets: password ? [password] : [] };
}

/**
 * Resolves a key reference: a file path (relative to `cwd`), `env://NAME` (the variable holds the PEM, as
 * cosign supports) or a KMS URI (passed through). Checks what can be checked before cosign runs, so that a
 * missing or corrupt key is a clear error; never puts key material into a message.
 */
export function resolveKey(ref: string, use: KeyUse, opts: { cwd: string; env: Record<string, string | undefined> }): ResolvedKey {
  if (typeof ref !== 'string' || !ref.trim()) throw new KeyError('--key', 'no key given');
  if (KMS_SCHEMES.some((s) => ref.startsWith(s))) {
    // the KMS holds the key; cosign authenticates to it with the provider's own credentials
    return { arg: ref, kind: 'kms', display: ref, env: {}, secrets: [] };
  }
  if (ref.startsWith('env://')) {
    const name = ref.slice('env://'.length);
    if (!ENV_NAME.test(name)) throw new KeyError(ref, 'is not env://NAME with a valid variable name');
    const pem = opts.env[name];
    if (!pem || !pem.trim()) throw new KeyError(ref, `environment variable ${name} is not set or empty`);
    if (pem.length > MAX_KEY_BYTES) throw new KeyError(ref, `environment variable ${name} is over ${MAX_KEY_BYTES} bytes`);
    checkPem(pem, use, `${ref} (environment variable ${name})`);
    const pw = passwordEnv(use, opts.env, ref);
    const secrets = use === 'private' ? [pem.trim(), ...pemLines(pem), ...pw.secrets] : pw.secrets;
    return { arg: ref, kind: 'env', display: ref, env: { ...pw.env, [name]: pem }, secrets };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) throw new KeyError(ref, `unsupported key scheme: use a file path, env://NAME or one of ${KMS_SCHEMES.join(', ')}`);
  const file = isAbsolute(ref) ? ref : resolve(opts.cwd, ref);
  const text = readTextInput(file, { maxBytes: MAX_KEY_BYTES, rejectBinary: true });
  checkPem(text, use, file);
  const pw = passwordEnv(use, opts.env, file);
  const secrets = use === 'private' ? [text.trim(), ...pemLines(text), ...pw.secrets] : pw.secrets;
  return { arg: file, kind: 'file', display: file, env: pw.env, secrets };
}

/** The base64 lines of a PEM body: redacted one by one, in case a tool prints part of a key. */
function pemLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith('-----'));
}
