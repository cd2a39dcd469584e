import { describe, expect, it } from 'vitest';
import { decodeData, judgeSecretEntry } from './secret-keys.js';

// built at run time so that this file itself holds no secret
const PW = ['Xq7', 'Vd9Lx', 'P2mZk4'].join('');
const pem = (type: string) => `-----BEGIN ${type}-----\nMIIBszCCAVmgAwIBAgIUQ7Vd9LxP2mZk4Rt8Wc1YhG3eN0swCgYIKoZIzj0EAwIw\n-----END ${type}-----\n`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('judgeSecretEntry', () => {
  it('takes a private key for a credential whatever its name', () => {
    expect(judgeSecretEntry('tls.key', pem('PRIVATE KEY'))).toBe('private-key');
    expect(judgeSecretEntry('ca.crt', pem('RSA PRIVATE KEY'))).toBe('private-key');
    expect(judgeSecretEntry('bundle.pem', pem('CERTIFICATE') + pem('EC PRIVATE KEY'))).toBe('private-key');
    expect(judgeSecretEntry('id_ed25519', pem('OPENSSH PRIVATE KEY'))).toBe('private-key');
  });

  it('takes certificates, public keys, *.crt, *.pem without a private key and known_hosts for public', () => {
    expect(judgeSecretEntry('tls.crt', pem('CERTIFICATE'))).toBe('public');
    expect(judgeSecretEntry('anything', pem('CERTIFICATE') + pem('CERTIFICATE'))).toBe('public');
    expect(judgeSecretEntry('jwt.pub', pem('PUBLIC KEY'))).toBe('public');
    expect(judgeSecretEntry('ca.crt', 'not-a-pem-but-named-as-one-q7Vd9')).toBe('public');
    expect(judgeSecretEntry('server.pem', 'MIIBszCCAVmgAwIBAgIUQ7Vd9LxP2mZk4Rt8')).toBe('public');
    expect(judgeSecretEntry('known_hosts', 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n')).toBe('public');
    expect(judgeSecretEntry('authorized', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host')).toBe('public');
  });

  it('takes usernames, database names, hosts and ports for identities', () => {
    for (const name of ['username', 'POSTGRES_USER', 'user', 'database', 'POSTGRES_DB', 'db-name', 'host', 'port', 'REDIS_PORT', 'AWS_ACCESS_KEY_ID', 'client_id']) expect(judgeSecretEntry(name, 'airflow-prod-01'), name).toBe('identity');
    expect(judgeSecretEntry('anything', '5432')).toBe('identity');
  });

  it('takes references, placeholders and URIs without a password for placeholders', () => {
    for (const v of ['$(DB_PASSWORD)', '${PASSWORD}', 'INSERT_PASSWORD_HERE', 'PASSWORD_VAL', '<password>', 'changeme', 'sqlite:////opt/airflow/airflow.db', 'postgresql://airflow@db/airflow']) expect(judgeSecretEntry('password', v), v).toBe('placeholder');
  });

  it('takes everything else a Secret holds for a credential', () => {
    expect(judgeSecretEntry('password', PW)).toBe('credential');
    expect(judgeSecretEntry('connection', `postgresql://airflow:${PW}@db/airflow`)).toBe('credential');
    expect(judgeSecretEntry('url', `postgresql://airflow:${PW}@db/airflow`)).toBe('credential');
    expect(judgeSecretEntry('fernet-key', '46BKJoQYlPPOexq0OhDZnIlNepKFf87WFwLbfzqDDho=')).toBe('credential');
    expect(judgeSecretEntry('webserver-secret-key', PW)).toBe('credential');
    expect(judgeSecretEntry('user-password', PW)).toBe('credential');
  });
});

describe('decodeData', () => {
  it('decodes base64 and leaves other text as it is', () => {
    expect(decodeData(b64(PW))).toBe(PW);
    expect(decodeData('not base64!')).toBe('not base64!');
    expect(decodeData(`  ${b64(PW)}\n`)).toBe(PW);
  });

  it('is linear on hostile input (no backtracking on long runs of spaces): 4 times the input, under 8 times the time', () => {
    const fastest = (n: number) => {
      const hostile = `${' '.repeat(n)}!`;
      let best = Infinity;
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        decodeData(hostile);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    expect(fastest(160_000) / Math.max(fastest(40_000), 0.05)).toBeLessThan(8); // quadratic: 16
  });
});
