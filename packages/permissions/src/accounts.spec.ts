import { describe, expect, it } from 'vitest';
import { parseGroup, parsePasswd, resolveUser } from './accounts.js';

const passwd = parsePasswd('root:x:0:0:root:/root:/bin/bash\nairflow:x:50000:50000::/opt/airflow:/usr/sbin/nologin\nbroken:x:abc\n');
const groups = parseGroup('root:x:0:\nairflow:x:50000:\nstaff:x:50:\n');

describe('accounts', () => {
  it('parses passwd and group, skipping malformed lines', () => {
    expect(passwd.map((p) => p.name)).toEqual(['root', 'airflow']);
    expect(groups).toHaveLength(3);
  });
  it('resolves USER like the runtime', () => {
    expect(resolveUser('', passwd, groups)).toMatchObject({ uid: 0, gid: 0 });
    expect(resolveUser('airflow', passwd, groups)).toMatchObject({ uid: 50000, gid: 50000 });
    expect(resolveUser('50000', passwd, groups)).toMatchObject({ uid: 50000, gid: 50000, entry: { name: 'airflow' } });
    expect(resolveUser('airflow:staff', passwd, groups)).toMatchObject({ gid: 50 });
    expect(resolveUser('1234', passwd, groups)).toMatchObject({ uid: 1234, gid: 0 });
    expect(resolveUser('ghost', passwd, groups).error).toMatch(/not in the image's \/etc\/passwd/);
    expect(resolveUser('airflow:ghosts', passwd, groups).error).toMatch(/\/etc\/group/);
  });
});
