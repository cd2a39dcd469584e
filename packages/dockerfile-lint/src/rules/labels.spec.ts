import { describe, expect, it } from 'vitest';
import { isEmail, isGitHash, isRfc3339, isSemver, isSpdx, isUri } from './labels.js';

describe('label validators', () => {
  it('validate each schema type', () => {
    expect([isUri('https://x.io/a'), isUri('x y'), isUri('nope')]).toEqual([true, false, false]);
    expect([isRfc3339('2024-02-03T04:05:06Z'), isRfc3339('2024-02-03')]).toEqual([true, false]);
    expect([isGitHash('abc1234'), isGitHash('abc12345')]).toEqual([true, false]);
    expect([isSemver('1.2.3-alpha.1'), isSemver('01.2.3'), isSemver('1.2')]).toEqual([true, false, false]);
    expect([isSpdx('GPL-3.0-or-later'), isSpdx('GPLv3')]).toEqual([true, false]);
    expect([isEmail('a.b@c.org'), isEmail('a@'), isEmail('a b@c')]).toEqual([true, false, false]);
  });
});
