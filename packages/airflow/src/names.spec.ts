import { describe, expect, it } from 'vitest';
import { asBool, envName, namesFor, OPTIONS, parseEnvName } from './names.js';

describe('Airflow option names', () => {
  it('parses AIRFLOW__SECTION__KEY, with sections and keys holding single underscores', () => {
    expect(parseEnvName('AIRFLOW__API_AUTH__JWT_SECRET')).toEqual({ kind: 'option', option: { section: 'api_auth', key: 'jwt_secret' } });
    expect(parseEnvName('AIRFLOW__KUBERNETES_EXECUTOR__POD_TEMPLATE_FILE').option).toEqual({ section: 'kubernetes_executor', key: 'pod_template_file' });
  });

  it('recognises _CMD and _SECRET only for sensitive options', () => {
    expect(parseEnvName('AIRFLOW__CORE__FERNET_KEY_CMD')).toMatchObject({ option: { key: 'fernet_key' }, variant: 'cmd' });
    expect(parseEnvName('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET')).toMatchObject({ option: { key: 'sql_alchemy_conn' }, variant: 'secret' });
    expect(parseEnvName('AIRFLOW__CORE__DAGS_FOLDER_CMD')).toEqual({ kind: 'option', option: { section: 'core', key: 'dags_folder_cmd' } });
  });

  it('says why an Airflow-looking name is never read', () => {
    expect(parseEnvName('AIRFLOW__CORE_LOAD_EXAMPLES').kind).toBe('invalid');
    expect(parseEnvName('AIRFLOW_CORE__LOAD_EXAMPLES').kind).toBe('invalid');
    expect(parseEnvName('AIRFLOW__core__load_examples').kind).toBe('invalid');
    expect(parseEnvName('AIRFLOW__CORE__LOAD-EXAMPLES').kind).toBe('invalid');
    expect(parseEnvName('airflow__core__x').kind).toBe('invalid');
  });

  it('tells connections, variables and unrelated names apart', () => {
    expect(parseEnvName('AIRFLOW_CONN_MY_DB').kind).toBe('connection');
    expect(parseEnvName('AIRFLOW_VAR_TOKEN').kind).toBe('variable');
    expect(parseEnvName('AIRFLOW_HOME').kind).toBe('other');
    expect(parseEnvName('PATH').kind).toBe('other');
  });

  it('looks options up by the names of the major version, deprecated names last', () => {
    expect(namesFor(OPTIONS.secretKey, 3)).toEqual([{ section: 'api', key: 'secret_key' }, { section: 'webserver', key: 'secret_key' }]);
    expect(namesFor(OPTIONS.secretKey, 2)).toEqual([{ section: 'webserver', key: 'secret_key' }]);
    expect(namesFor(OPTIONS.jwtSecret, 2)).toEqual([]);
    expect(namesFor(OPTIONS.sqlAlchemyConn, undefined).map((n) => envName(n))).toEqual(['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'AIRFLOW__CORE__SQL_ALCHEMY_CONN']);
  });

  it('reads booleans as configparser does', () => {
    expect([asBool('True'), asBool('false'), asBool(' 1 '), asBool('maybe'), asBool(undefined)]).toEqual([true, false, true, undefined, undefined]);
  });
});
