import { describe, expect, it } from 'vitest';
import { renderDiff } from './diff.js';

const lines = [{ type: 'added' as const, src: 'n/a[Pod]', dst: 'n/b[Pod]', base: 'No Connections', head: 'TCP 80', workloadsInfo: 'workload n/b[Pod] added' }];

describe('diff formats', () => {
  it('renders np-guard txt, markdown for a pull request, json and csv', () => {
    expect(renderDiff(lines, 'np-guard-txt')).toBe('Connectivity diff:\ndiff-type: added, source: n/a[Pod], destination: n/b[Pod], ref1: No Connections, ref2: TCP 80, workloads-diff-info: workload n/b[Pod] added\n');
    expect(renderDiff([], 'np-guard-txt')).toBe('');
    expect(renderDiff(lines, 'markdown')).toContain('| added | n/a\\[Pod\\] | n/b\\[Pod\\] | No Connections | TCP 80 (workload n/b\\[Pod\\] added) |');
    expect(JSON.parse(renderDiff(lines, 'json')).changes[0]).toMatchObject({ type: 'added', head: 'TCP 80' });
    expect(renderDiff(lines, 'csv').split('\n')[1]).toBe('added,n/a[Pod],n/b[Pod],No Connections,TCP 80,workload n/b[Pod] added');
  });
});
