import { testRule } from '@flightcheck/core/testing';
import { describe, expect, it } from 'vitest';
import { runRules } from '@flightcheck/core';
import { parseSubject } from '../subject.js';
import { kubernetesSecret } from './kubernetes-secret.js';

// built at run time so that this file itself holds no secret
const PW = ['hunter2', 'Q7vd9', 'LxP2m'].join('');
const b64 = (s: string) => Buffer.from(s).toString('base64');
const secret = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: airflow-db\n${body}`;
const pem = (type: string) => `-----BEGIN ${type}-----\nMIIBszCCAVmgAwIBAgIUQ7Vd9LxP2mZk4Rt8Wc1YhG3eN0swCgYIKoZIzj0EAwIw\n-----END ${type}-----\n`;

testRule(kubernetesSecret, parseSubject, {
  valid: [
    { code: secret('type: Opaque\n'), file: 's.yaml' },
    { name: 'placeholders from a template', code: secret('stringData:\n  password: ${DB_PASSWORD}\n  token: "{{ .Values.token }}"\n'), file: 's.yaml' },
    { name: 'fill-in shapes', code: secret('stringData:\n  password: INSERT_PASSWORD_HERE\n  api-key: API_KEY_VAL\n  secret: <secret>\n  admin: changeme\n'), file: 's.yaml' },
    { name: 'references', code: secret('stringData:\n  password: $(DB_PASSWORD)\n  dsn: postgresql://$(DB_USER):$(DB_PASSWORD)@db/airflow\n'), file: 's.yaml' },
    { name: 'URIs without a password', code: secret('stringData:\n  connection: sqlite:////opt/airflow/airflow.db\n  url: postgresql://airflow@postgres:5432/airflow\n'), file: 's.yaml' },
    { name: 'usernames, database names, hosts and ports', code: secret(`data:\n  username: ${b64('airflow')}\n  database: ${b64('airflow_metadata')}\n  host: ${b64('postgres.db.svc')}\n  port: ${b64('5432')}\n`), file: 's.yaml' },
    { name: 'public material', code: secret(`data:\n  ca.crt: ${b64(pem('CERTIFICATE'))}\n  tls.crt: ${b64(pem('CERTIFICATE'))}\n  bundle.pem: ${b64(pem('CERTIFICATE'))}\n  known_hosts: ${b64('github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n')}\n`), file: 's.yaml' },
    { name: 'not a Secret', code: `kind: ConfigMap\ndata:\n  password: ${PW}\n`, file: 'c.yaml' },
    { name: 'not YAML', code: secret(`stringData:\n  password: ${PW}\n`), file: 'notes.txt' },
  ],
  invalid: [
    { code: secret(`data:\n  password: ${b64(PW)}\n`), file: 's.yaml', errors: [{ messageId: 'data', line: 6 }] },
    { name: 'one finding per Secret, several documents', code: `kind: ConfigMap\n---\n${secret(`stringData:\n  user: airflow\n  password: ${PW}\n  token: ${PW}x\n`)}---\n${secret(`stringData:\n  password: ${PW}y\n`)}`, file: 's.yaml', errors: [{ messageId: 'data', line: 9 }, { messageId: 'data', line: 17 }] },
    { name: 'a URI with a password', code: secret(`stringData:\n  url: postgresql://airflow:${PW}@db/airflow\n`), file: 's.yaml', errors: 1 },
    { name: 'a private key next to its certificate', code: secret(`data:\n  tls.crt: ${b64(pem('CERTIFICATE'))}\n  tls.key: ${b64(pem('PRIVATE KEY'))}\n`), file: 's.yaml', errors: [{ messageId: 'data', line: 7 }] },
  ],
});

describe('kubernetes-secret finding', () => {
  it('lists the credential keys, is critical with a private key, and never shows a value', () => {
    const code = secret(`data:\n  username: ${b64('airflow')}\n  password: ${b64(PW)}\n  tls.key: ${b64(pem('RSA PRIVATE KEY'))}\n  ca.crt: ${b64(pem('CERTIFICATE'))}\n`);
    const [f, ...more] = runRules([kubernetesSecret], parseSubject(code, 's.yaml'), { file: 's.yaml' });
    expect(more).toEqual([]);
    expect(f!.message).toMatch(/^Secret airflow-db is committed with 2 credential\(s\): data\.password, data\.tls\.key \(sha256:[0-9a-f]{16}\)$/);
    expect(f!.severity).toBe('critical');
    expect(f!.properties).toMatchObject({ keys: ['data.password', 'data.tls.key'] });
    const json = JSON.stringify(f);
    for (const s of [PW, b64(PW), PW.slice(0, 6), 'MIIBszCCAV']) expect(json).not.toContain(s);
  });
});
