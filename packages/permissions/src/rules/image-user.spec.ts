import { describe, expect, it } from 'vitest';
import { run, subject } from '../__fixtures__/subject.js';
import { imageUser } from './image-user.js';

describe('image-user', () => {
  it('passes 50000:50000 and airflow', () => {
    expect(run(imageUser, subject())).toEqual([]);
    expect(run(imageUser, subject([], 'airflow'))).toEqual([]);
  });
  it('fails root, unknown users, other ids', () => {
    expect(run(imageUser, subject([], ''))[0]).toMatchObject({ severity: 'critical' });
    expect(run(imageUser, subject([], '0'))[0]!.message).toMatch(/resolves to root/);
    expect(run(imageUser, subject([], 'ghost'))[0]!.message).toMatch(/cannot be resolved/);
    expect(run(imageUser, subject([], '50000:0'))[0]!.message).toMatch(/GID 0; expected 50000/);
  });
});
