import { describe, expect, it } from 'vitest';
import { literalCredential, uriCredential } from './literal.js';

// built at run time so that this file itself holds no secret
const PW = ['Xq7', 'Vd9Lx', 'P2mZk4'].join('');

describe('literalCredential', () => {
  it.each(['$(DB_PASSWORD)', '$(DB_USER):$(DB_PASSWORD)', '${AIRFLOW_PASSWORD}', '${PW:-}', '{{ .Values.postgres.password }}', 'Bearer ${TOKEN}', 'INSERT_PASSWORD_HERE', 'DB_PASSWORD_VAL', '<your-password>', 'changeme', 'CHANGE_ME', 'ENC[AES256_GCM,data:q7Vd9LxP2mZk,iv:Rt8Wc1YhG3eN0s=,tag:AbCd==,type:str]'])('%s is a reference, placeholder or ciphertext', (v) => {
    expect(literalCredential(v)).toBeUndefined();
  });

  it.each(['sqlite:////opt/airflow/airflow.db', 'postgresql://airflow@postgres:5432/airflow', 'postgresql+psycopg2://$(USER):$(PASSWORD)@db/airflow', 'redis://:${REDIS_PASSWORD}@redis:6379/0', 'google-cloud-platform://?extra__google_cloud_platform__project=p', 'https://example.org/path?page=2'])('%s is a URI without a password', (v) => {
    expect(literalCredential(v)).toBeUndefined();
  });

  it('is the password of a URI that has one, the credential of its query, or of a JSON connection', () => {
    expect(literalCredential(`postgresql://airflow:${PW}@postgres/airflow`)).toBe(PW);
    expect(literalCredential(`redis://:${encodeURIComponent(PW + '@')}@redis:6379/0`)).toBe(`${PW}@`);
    expect(uriCredential(`http://host/api?user=a&api_key=${PW}`)).toBe(PW);
    expect(literalCredential(JSON.stringify({ conn_type: 'postgres', login: 'a', password: PW }))).toBe(PW);
    expect(literalCredential(JSON.stringify({ conn_type: 'http', extra: { token: PW } }))).toBe(PW);
    expect(literalCredential(JSON.stringify({ auths: { 'registry.internal': { auth: Buffer.from(`ci:${PW}`).toString('base64') } } }))).toBe(Buffer.from(`ci:${PW}`).toString('base64'));
    expect(literalCredential(JSON.stringify({ conn_type: 'postgres', login: 'a', host: 'db' }))).toBeUndefined();
  });

  it('is the value itself otherwise', () => {
    expect(literalCredential(PW)).toBe(PW);
    expect(literalCredential(`{${PW}}`)).toBe(`{${PW}}`);
    expect(literalCredential(`Pa$sw0rd${PW}`)).toBe(`Pa$sw0rd${PW}`);
  });
});
