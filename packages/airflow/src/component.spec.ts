import { describe, expect, it } from 'vitest';
import { componentWhere, getSetting, servesUi, type Component, type EnvEntry } from './component.js';
import { parseIni } from './ini.js';

const where = { file: 'x.yaml', line: 3 };
const env = (name: string, origin: EnvEntry['origin'], value?: string): [string, EnvEntry] => [name, { name, origin, via: origin, where, ...(value !== undefined ? { value } : {}) }];
const comp = (entries: [string, EnvEntry][], cfg = '', major?: number): Component => ({
  role: 'api-server', label: 'api', namespace: 'a', instance: 'a/x', opaque: [], env: new Map(entries),
  ...(cfg ? { cfg: { ini: parseIni(cfg), file: 'cm.yaml', lineOffset: 10, via: 'ConfigMap a/cfg' } } : {}),
  ...(major ? { version: { text: `${major}.0.0`, major, source: 't' } } : {}),
});

describe('getSetting: Airflow precedence', () => {
  it('env beats _CMD beats _SECRET beats airflow.cfg', () => {
    const cfg = '[core]\nfernet_key = c\nfernet_key_cmd = d';
    expect(getSetting(comp([env('AIRFLOW__CORE__FERNET_KEY', 'literal', 'a'), env('AIRFLOW__CORE__FERNET_KEY_CMD', 'literal', 'x')], cfg), 'fernetKey')).toMatchObject({ value: 'a', origin: 'literal' });
    expect(getSetting(comp([env('AIRFLOW__CORE__FERNET_KEY_SECRET', 'literal', 'k'), env('AIRFLOW__CORE__FERNET_KEY_CMD', 'literal', 'x')], cfg), 'fernetKey')?.origin).toBe('cmd');
    expect(getSetting(comp([env('AIRFLOW__CORE__FERNET_KEY_SECRET', 'literal', 'k')], cfg), 'fernetKey')?.origin).toBe('secrets-backend');
    expect(getSetting(comp([], cfg), 'fernetKey')).toMatchObject({ value: 'c', origin: 'cfg', where: { file: 'cm.yaml', line: 12 } });
    expect(getSetting(comp([], '[core]\nfernet_key_cmd = d'), 'fernetKey')?.origin).toBe('cmd');
  });

  it('per source, the current name before the deprecated one; version picks the names', () => {
    const c = comp([env('AIRFLOW__WEBSERVER__SECRET_KEY', 'literal', 'old'), env('AIRFLOW__API__SECRET_KEY', 'secret')], '', 3);
    expect(getSetting(c, 'secretKey')).toMatchObject({ option: { section: 'api' }, origin: 'secret' });
    expect(getSetting(comp([env('AIRFLOW__API__SECRET_KEY', 'literal', 'x')], '', 2), 'secretKey')).toBeUndefined();
    expect(getSetting(comp([], '[core]\nsql_alchemy_conn = x'), 'sqlAlchemyConn')?.option).toEqual({ section: 'core', key: 'sql_alchemy_conn' });
  });

  it('places a component without an object at its first env entry, and knows UI components', () => {
    expect(componentWhere(comp([env('A', 'dockerfile', 'b')]))).toEqual(where);
    expect(servesUi(comp([]))).toBe(true);
  });
});
