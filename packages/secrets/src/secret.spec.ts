// flightcheck:fake-secrets never-issued credentials planted to prove the rules find them
import { describe, expect, it } from 'vitest';
import { entropy, fingerprint, isCredentialName, isPlaceholder, isReference, redact } from './secret.js';

describe('redact and fingerprint', () => {
  it('never contains the value, only 2 characters of a long one, its length and a hash prefix', () => {
    const secret = 'Zq8vN1rT5wLkP0aYhG3e';
    const hint = redact(secret);
    expect(hint).not.toContain(secret.slice(0, 5));
    expect(hint).toMatch(/^Zq… \(20 chars, sha256:[0-9a-f]{16}\)$/);
    expect(redact('short')).toMatch(/^… \(5 chars/);
    expect(fingerprint(secret)).toBe(fingerprint(secret));
    expect(fingerprint(secret)).not.toBe(fingerprint(`${secret}x`));
  });
});

describe('entropy', () => {
  it('scores random tokens above words and repeats', () => {
    expect(entropy('aaaaaaaaaaaa')).toBe(0);
    expect(entropy('airflow')).toBeLessThan(3);
    expect(entropy('q7Vd9LxP2mZk4Rt8')).toBeGreaterThan(3.5);
  });
});

describe('isPlaceholder', () => {
  it.each(['${DB_PASSWORD}', '$TOKEN', '${X:-y}', '{{ .Values.password }}', '<password>', '****', 'xxxxxxxx', 'changeme', 'your-token', '/run/secrets/db', '', 'abc'])('%s is a placeholder', (v) => expect(isPlaceholder(v)).toBe(true));
  it.each(['hunter2hunter', 's3cr3t-Value', 'airflow'])('%s is not', (v) => expect(isPlaceholder(v)).toBe(false));
  it.each(['INSERT_PASSWORD_HERE', 'INSERT_YOUR_KEY', 'DB_PASSWORD_VAL', 'SECRET_KEY_VALUE', 'REPLACE_ME', 'CHANGEME', 'changeme123', 'change_me_please', '$(DB_PASSWORD)', '<path:secret/data/airflow#password>', 'your-postgres-password'])('fill-in shape %s is a placeholder', (v) => expect(isPlaceholder(v)).toBe(true));
  it.each(['Insert_Coin_42x', 'VALIDATE_q7Vd9Lx', 'Pa$sw0rdQ7vd9'])('%s is not', (v) => expect(isPlaceholder(v)).toBe(false));
});

describe('isReference', () => {
  it.each(['$(DB_PASSWORD)', '$(USER):$(PASS)', 'Bearer ${TOKEN}', '{{ .Values.a }}-{{ .Values.b }}', 'postgresql://$(U):$(P)@db:5432/airflow', '%(password)s', '$API_TOKEN'])('%s is only references', (v) => expect(isReference(v)).toBe(true));
  it.each(['q7Vd9LxP2mZk4Rt8', '$(X)q7Vd9LxP2mZk4Rt8', 'Pa$sw0rd', 'abc$DEF', '$lowercase1x'])('%s holds a literal', (v) => expect(isReference(v)).toBe(false));
});

describe('isCredentialName', () => {
  it.each(['PASSWORD', 'POSTGRES_PASSWORD', 'GITHUB_TOKEN', 'AIRFLOW__CORE__FERNET_KEY', 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'AIRFLOW_CONN_MY_DB', 'api_key', 'clientSecret', 'aws_secret_access_key', 'DB_PASS', 'routing_key', 'service_key'])('%s is a credential name', (n) => expect(isCredentialName(n)).toBe(true));
  it.each(['PASSWORD_FILE', 'TOKEN_PATH', 'SECRET_NAME', 'HOME', 'AIRFLOW_UID', 'token_url', 'secretKeyRef', 'PASSWORD_LENGTH', 'passwd', 'checksum/secret', 'secret-hash', 'token_sha256', 'password_digest', 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET', 'AIRFLOW__CORE__FERNET_KEY_CMD', 'AIRFLOW__WEBSERVER__SECRET_KEY_SECRET'])('%s is not', (n) => expect(isCredentialName(n)).toBe(false));
});
