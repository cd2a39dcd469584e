import { describe, expect, it } from 'vitest';
import { run, subject } from '../__fixtures__/subject.js';
import { isAllowedSetuid, setuidAllowlist } from './setuid-allowlist.js';

describe('setuid-allowlist', () => {
  it('allows Debian names only in system directories', () => {
    expect(isAllowedSetuid('/usr/bin/su', ['su'])).toBe(true);
    expect(isAllowedSetuid('/opt/airflow/su', ['su'])).toBe(false);
    expect(isAllowedSetuid('/usr/lib/openssh/ssh-keysign', ['ssh-keysign'])).toBe(true);
    expect(run(setuidAllowlist, subject([{ path: '/usr/bin/passwd', mode: 0o4755 }]))).toEqual([]);
  });
  it('fails other setuid and setgid files', () => {
    expect(run(setuidAllowlist, subject([{ path: '/opt/airflow/su', mode: 0o4755 }, { path: '/usr/bin/x', mode: 0o2755 }])).map((f) => f.message.split(':')[0])).toEqual(['setuid file not on the allow-list', 'setgid file not on the allow-list']);
  });
});
