import { describe, expect, it } from 'vitest';
import { ConnSet } from '../model/connset.js';
import type { Workload } from '../model/types.js';
import { renderListCsv, renderListDot, renderListMarkdown, renderListPlainJson, renderListText } from './list.js';

const a = { ns: 'n', name: 'a', kind: 'Pod', display: 'n/a[Pod]' } as Workload;
const conns = [{ src: 'n/a[Pod]', dst: '0.0.0.0-255.255.255.255', conn: ConnSet.ports('TCP', 443, 443), srcW: a, dstIp: { lo: 0, hi: 2 ** 32 - 1 } }];

describe('list formats', () => {
  it('renders text, json, csv, markdown and a Graphviz graph grouped by namespace', () => {
    expect(renderListText(conns)).toContain('n/a[Pod]  →  0.0.0.0-255.255.255.255  TCP 443');
    expect(JSON.parse(renderListPlainJson(conns)).connections[0]).toEqual({ source: 'n/a[Pod]', destination: '0.0.0.0-255.255.255.255', connections: 'TCP 443' });
    expect(renderListCsv(conns).split('\n')[1]).toBe('connection,n/a[Pod],0.0.0.0-255.255.255.255,TCP 443');
    expect(renderListMarkdown(conns)).toContain('| n/a\\[Pod\\] |');
    const dot = renderListDot(conns);
    expect(dot).toContain('subgraph cluster_0 {');
    expect(dot).toContain('"n/a[Pod]" -> "0.0.0.0-255.255.255.255" [label="TCP 443"];');
  });
  it('defuses spreadsheet formulas in csv', () => {
    expect(renderListCsv([{ ...conns[0]!, src: '=cmd' }]).split('\n')[1]).toMatch(/^connection,"'=cmd"/);
  });
});
