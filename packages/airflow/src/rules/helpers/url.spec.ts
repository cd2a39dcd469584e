import { describe, expect, it } from 'vitest';
import { parseServiceUrl, plainTextReason, tlsVisible } from './url.js';

const reason = (v: string) => plainTextReason(parseServiceUrl(v)!);

describe('service URLs', () => {
  it('sees a password without keeping it', () => {
    expect(parseServiceUrl('postgresql+psycopg2://airflow:s3cret@db:5432/airflow')).toMatchObject({ scheme: 'postgresql+psycopg2', host: 'db', hasPassword: true });
    expect(parseServiceUrl('redis://:pw@redis:6379/0')?.hasPassword).toBe(true);
    expect(parseServiceUrl('postgresql://airflow@db/airflow')?.hasPassword).toBe(false);
    expect(parseServiceUrl('not a url')).toBeUndefined();
  });

  it('knows which connections are encrypted', () => {
    expect(reason('postgresql://u@db/a?sslmode=verify-full')).toBeUndefined();
    expect(reason('postgresql://u@db/a?sslmode=prefer')).toMatch(/prefer/);
    expect(reason('db+postgresql://u@db/a')).toMatch(/no sslmode/);
    expect(reason('mysql+mysqldb://u@db/a?ssl_mode=REQUIRED')).toBeUndefined();
    expect(reason('mysql://u@db/a')).toMatch(/ssl/);
    expect(reason('rediss://:p@r:6380/0')).toBeUndefined();
    expect(reason('redis://r:6379/0')).toMatch(/rediss/);
    expect(reason('amqps://u@mq//')).toBeUndefined();
    expect(reason('sqlite:////tmp/airflow.db')).toBeUndefined();
    expect(reason('postgresql://u@localhost/a')).toBeUndefined();
  });
  it('judges a URL with unknown parts only when they are in the user information', () => {
    expect(tlsVisible('postgresql://u:$(PW)@db/a')).toBe(true);
    expect(tlsVisible('postgresql://u@db/a?sslmode=$(MODE)')).toBe(false);
    expect(tlsVisible('postgresql://u@$(HOST)/a')).toBe(false);
    expect(tlsVisible('$(URL)')).toBe(false);
  });
});
