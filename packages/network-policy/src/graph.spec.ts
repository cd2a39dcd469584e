import { describe, expect, it } from 'vitest';
import { ConnSet } from './model/connset.js';
import type { Workload } from './model/types.js';
import { connectivitySvg } from './graph.js';

describe('connectivitySvg', () => {
  it('lays out the workloads and their connections with Graphviz (WebAssembly)', async () => {
    const a = { ns: 'airflow', name: 'scheduler', kind: 'Deployment', display: 'airflow/scheduler[Deployment]' } as Workload;
    const b = { ns: 'airflow', name: 'postgresql', kind: 'StatefulSet', display: 'airflow/postgresql[StatefulSet]' } as Workload;
    const art = await connectivitySvg([{ src: a.display, dst: b.display, conn: ConnSet.ports('TCP', 5432, 5432), srcW: a, dstW: b }]);
    expect(art.svg.startsWith('<svg')).toBe(true);
    expect(art.svg).toContain('scheduler[Deployment]');
    expect(art.svg).toContain('TCP 5432');
    expect(art.svg).not.toMatch(/<script|href="http/);
  });
});
