import { describe, expect, it } from 'vitest';
import { iniGet, parseIni } from './ini.js';

describe('parseIni (configparser dialect)', () => {
  it('reads sections, = and : options, lower-cased keys, comments and continuation lines', () => {
    const ini = parseIni('# c\n[core]\nLoad_Examples = False\n; c\n[api]\nauth_backends: a.b,\n  c.d\n');
    expect(iniGet(ini, 'core', 'load_examples')).toMatchObject({ value: 'False', line: 3 });
    expect(iniGet(ini, 'api', 'auth_backends')?.value).toBe('a.b,\nc.d');
    expect(ini.problems).toEqual([]);
  });

  it('keeps inline # as part of the value, as configparser does', () => {
    expect(iniGet(parseIni('[core]\nfernet_key = abc # not a comment\n'), 'core', 'fernet_key')?.value).toBe('abc # not a comment');
  });

  it('reports duplicate sections and keys with their lines, keeping the first value', () => {
    const ini = parseIni('[core]\na = 1\na = 2\n[core]\nb = 3\n');
    expect(ini.problems.map((p) => [p.kind, p.line])).toEqual([['duplicate-key', 3], ['duplicate-section', 4]]);
    expect(iniGet(ini, 'core', 'a')?.value).toBe('1');
    expect(iniGet(ini, 'core', 'b')?.value).toBe('3');
  });

  it('reports malformed lines and options before any section', () => {
    const ini = parseIni('x = 1\n[core]\njust words\n');
    expect(ini.problems.map((p) => [p.kind, p.line])).toEqual([['missing-section', 1], ['malformed-line', 3]]);
  });

  it('interpolates %(name)s from the section and [DEFAULT], %% to %, and reports a lone % or a loop', () => {
    const ini = parseIni('[DEFAULT]\nhost = db\n[database]\nsql_alchemy_conn = postgresql://%(host)s/x?a=50%%\nbad = 100%\nloop = %(loop)s\n');
    expect(iniGet(ini, 'database', 'sql_alchemy_conn')?.value).toBe('postgresql://db/x?a=50%');
    expect(ini.problems.map((p) => [p.kind, p.line])).toEqual([['interpolation', 5], ['interpolation', 6]]);
  });

  it('refuses oversized input without reading it', () => {
    expect(parseIni('\n'.repeat(30_000)).problems[0]?.kind).toBe('too-large');
  });
  it('bounds interpolation: a doubling chain is refused past 64 KiB, and a file\'s interpolation work past 8 MiB is said once', () => {
    const chain = (leaf: number, levels: number, users: number) => {
      const lines = ['[core]', `z = ${'x'.repeat(leaf)}`];
      let prev = 'z';
      for (let i = 0; i < levels; i++) {
        lines.push(`l${i} = %(${prev})s%(${prev})s`);
        prev = `l${i}`;
      }
      for (let i = 0; i < users; i++) lines.push(`k${i} = %(${prev})s`);
      return parseIni(lines.join('\n'));
    };
    const long = chain(1000, 8, 1);
    expect(long.problems.map((p) => p.message).join('\n')).toMatch(/longer than 65536 characters once interpolated/);
    const wide = chain(100, 8, 19_000); // 25 600 characters each, 19 000 times: 486 MB of text unbounded
    const work = wide.problems.filter((p) => /more than 8388608 characters/.test(p.message));
    expect(work).toHaveLength(1);
    expect(wide.problems.length).toBeLessThan(400);
    expect(iniGet(wide, 'core', 'l7')?.value.length).toBe(25_600);
  });
});
