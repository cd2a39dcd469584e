import { describe, expect, it } from 'vitest';
import { run, subject } from '../__fixtures__/subject.js';
import { userHome } from './user-home.js';

describe('user-home', () => {
  it('passes the expected home owned by the user', () => expect(run(userHome, subject())).toEqual([]));
  it('fails a wrong passwd home, a missing entry, a root-owned home', () => {
    expect(run(userHome, subject([], '50000', 'airflow:x:50000:50000::/home/airflow:/bin/sh\n'))[0]!.message).toMatch(/is \/home\/airflow; expected \/opt\/airflow/);
    expect(run(userHome, subject([], '50000', 'root:x:0:0::/root:/bin/sh\n'))[0]!.message).toMatch(/no \/etc\/passwd entry/);
    expect(run(userHome, subject([{ path: '/opt/airflow', type: 'directory', layer: 1 }]))[0]!.message).toMatch(/not owned by UID 50000/);
  });
});
