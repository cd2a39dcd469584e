import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadPolicy } from '@flightcheck/core';
import { cachedPolicy, fnv1a, rememberPolicy } from './policy-cache.js';

let cache: string;
let env: NodeJS.ProcessEnv;
const saved = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, FLIGHTCHECK_NO_POLICY_CACHE: process.env.FLIGHTCHECK_NO_POLICY_CACHE };

beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'fc-policy-cache-'));
  env = { XDG_CACHE_HOME: cache };
});
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const entries = () => {
  try {
    return readdirSync(join(cache, 'flightcheck', 'policy'));
  } catch {
    return [];
  }
};

describe('fnv1a', () => {
  it('is FNV-1a over UTF-16 code units, 8 hex digits', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('cachedPolicy / rememberPolicy', () => {
  it('answers only for the same path, text and schema', () => {
    expect(cachedPolicy('/ws/flightcheck.yaml', 'failOn: low\n', 's1', env)).toBeUndefined();
    rememberPolicy('/ws/flightcheck.yaml', 'failOn: low\n', 's1', { failOn: 'low' }, env);
    expect(cachedPolicy('/ws/flightcheck.yaml', 'failOn: low\n', 's1', env)).toEqual({ data: { failOn: 'low' } });
    expect(cachedPolicy('/ws/flightcheck.yaml', 'failOn: low \n', 's1', env)).toBeUndefined();
    expect(cachedPolicy('/ws/flightcheck.yaml', 'failOn: low\n', 's2', env)).toBeUndefined();
    expect(cachedPolicy('/other/flightcheck.yaml', 'failOn: low\n', 's1', env)).toBeUndefined();
  });

  it('keeps its folder and entries private to the user', () => {
    rememberPolicy('/ws/flightcheck.yaml', 'x: 1\n', 's', { x: 1 }, env);
    const dir = join(cache, 'flightcheck', 'policy');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const [entry] = entries();
    expect(statSync(join(dir, entry!)).mode & 0o777).toBe(0o600);
    expect(entries().some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('ignores a malformed or foreign entry and caches only what JSON keeps exactly', () => {
    rememberPolicy('/ws/flightcheck.yaml', 'a: 1\n', 's', { a: 1 }, env);
    const file = join(cache, 'flightcheck', 'policy', entries()[0]!);
    writeFileSync(file, '{"format":1,"schema":"s","path":"/ws/flightcheck.yaml","text":"a: 1\\n"'); // cut short
    expect(cachedPolicy('/ws/flightcheck.yaml', 'a: 1\n', 's', env)).toBeUndefined();
    writeFileSync(file, JSON.stringify({ format: 2, schema: 's', path: '/ws/flightcheck.yaml', text: 'a: 1\n', data: { a: 2 } }));
    expect(cachedPolicy('/ws/flightcheck.yaml', 'a: 1\n', 's', env)).toBeUndefined();
    for (const data of [{ a: Number.NaN }, { a: Number.POSITIVE_INFINITY }, { a: new Date(0) }, { a: undefined }, { a: -0 }]) {
      rememberPolicy('/ws/other.yaml', 'a: .nan\n', 's', data, env);
      expect(cachedPolicy('/ws/other.yaml', 'a: .nan\n', 's', env)).toBeUndefined();
    }
  });

  it('is off with FLIGHTCHECK_NO_POLICY_CACHE', () => {
    const off = { ...env, FLIGHTCHECK_NO_POLICY_CACHE: '1' };
    rememberPolicy('/ws/flightcheck.yaml', 'a: 1\n', 's', { a: 1 }, off);
    expect(entries()).toEqual([]);
    rememberPolicy('/ws/flightcheck.yaml', 'a: 1\n', 's', { a: 1 }, env);
    expect(cachedPolicy('/ws/flightcheck.yaml', 'a: 1\n', 's', off)).toBeUndefined();
  });
});

describe('loadPolicy through the cache', () => {
  const policyFile = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'fc-policy-ws-')), 'flightcheck.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('reads a policy once with yaml, then from the entry that read left, with the same result', () => {
    process.env.XDG_CACHE_HOME = cache;
    delete process.env.FLIGHTCHECK_NO_POLICY_CACHE;
    const file = policyFile('failOn: medium\nchecks:\n  compliance:\n    failOn: low\n');
    const first = loadPolicy(file);
    expect(entries()).toHaveLength(1);
    const entry = JSON.parse(readFileSync(join(cache, 'flightcheck', 'policy', entries()[0]!), 'utf8'));
    expect(entry).toMatchObject({ format: 1, path: file, data: { failOn: 'medium', checks: { compliance: { failOn: 'low' } } } });
    expect(loadPolicy(file)).toEqual(first);
    // the second read took the entry: an entry edited behind flightcheck's back (same text) is what it returns
    entry.data.failOn = 'critical';
    writeFileSync(join(cache, 'flightcheck', 'policy', entries()[0]!), JSON.stringify(entry));
    expect(loadPolicy(file).failOn).toBe('critical');
    // a changed file is read afresh
    writeFileSync(file, 'failOn: low\n');
    expect(loadPolicy(file).failOn).toBe('low');
  });

  it('never caches a policy that fails validation: the error, with its line, comes every time', () => {
    process.env.XDG_CACHE_HOME = cache;
    delete process.env.FLIGHTCHECK_NO_POLICY_CACHE;
    const file = policyFile('failOn: high\nfailon: low\n');
    for (let i = 0; i < 2; i++) {
      const err = (() => {
        try {
          loadPolicy(file);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).message).toMatch(/unknown key `failon`/);
      expect((err as ConfigError).line).toBe(2);
    }
    expect(entries()).toEqual([]);
  });
});
