import { defineRule } from '@flightcheck/core';
import { matches, reportSecret } from '../helpers/report-secret.js';
import { entropy, isCredentialName, isPlaceholder } from '../secret.js';
import type { ScanSubject } from '../subject.js';

// NAME=value, NAME: value, "name": "value", export NAME=value, name = "value"
const ASSIGN = /(?<![\w./-])(["']?)([A-Za-z_][A-Za-z0-9_.-]{1,80})\1[ \t]*[:=][ \t]*(["']?)([^\s"'`,;#]{4,512})\3/g;
const HINT = /pass|pwd|secret|token|key|credential|conn|dsn/i;
const MIN_ENTROPY = 3;
const MIN_LENGTH = 8;

/** Outside .env files: long enough, random enough, letters and digits, and not code (`decode(x)`, `a[0]`, `T<U>`, `process.env.X1`). */
function looksRandom(value: string): boolean {
  return value.length >= MIN_LENGTH && entropy(value) >= MIN_ENTROPY && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/[()[\]<>{}]/.test(value) && !/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value);
}

/** The text from `at` to the end of its line, without a trailing ` # comment`. */
function restOfLine(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? undefined : end).replace(/\s#.*$/, '').trim();
}

export const credentialAssignment = defineRule<ScanSubject, 'assignment'>({
  meta: {
    id: 'credential-assignment',
    target: 'file',
    severity: 'high',
    docs: { description: 'Finds credentials assigned to a credential-like name in any file (.env, config, scripts, values files). Outside .env files the value must look random (length, entropy, letters and digits, not code) to cut false positives; in source code (TypeScript, JavaScript, Python, Go…) it must be a quoted string literal, since a bare word there is an identifier or a type annotation (a parameter typed with a class name). Names of digests (`checksum/secret`, `*_hash`) are not credentials.' },
    messages: { assignment: '{{name}} is assigned a literal credential: {{hint}}' },
  },
  check(subject, ctx) {
    if (subject.kind === 'dockerfile' || !HINT.test(subject.text)) return;
    const strict = subject.kind !== 'env';
    for (const { match } of matches(subject.text, ASSIGN)) {
      const name = match[2]!;
      const value = match[4]!;
      if (!isCredentialName(name) || isPlaceholder(value) || value.includes('://') || value.startsWith('$')) continue;
      if (isPlaceholder(restOfLine(subject.text, match.index + match[0].length - value.length - match[3]!.length))) continue; // `<fernet key>`, `<generate with openssl rand>`
      if (strict && !looksRandom(value)) continue;
      if (subject.kind === 'code' && !match[3]) continue; // in code a literal is quoted: `secret: K8sObject`, `token = env.X` are a type and an expression
      reportSecret(subject, ctx, 'assignment', {
        offset: match.index + match[0].lastIndexOf(value),
        secret: value,
        data: { name },
        resolution: 'remove the value and read it at run time from the environment or a secret store',
      });
    }
  },
});
