import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceRootOf } from './root.js';

const root = mkdtempSync(join(tmpdir(), 'secrets-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('workspaceRootOf', () => {
  it('finds the folder holding the allow-list or the policy', () => {
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'a', 'flightcheck.yaml'), 'failOn: high\n');
    expect(workspaceRootOf(join(root, 'a', 'b'))).toBe(join(root, 'a'));
  });
});
