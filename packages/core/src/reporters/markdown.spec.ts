import { describe, expect, it } from 'vitest';
import { reporters } from '@flightcheck/core';
import { sampleReport } from './__fixtures__/sample-report.js';

const root = '/ws';

describe('markdown reporter', () => {
  it('writes totals and a table per result, escaping table syntax', () => {
    const out = reporters.markdown(sampleReport(), { root });
    expect(out).toContain('## flightcheck');
    expect(out).toContain('**2** failing findings');
    expect(out).toContain('| 🟧 high | container-image-tag | manifests/airflow/scheduler.yaml:3 Deployment/scheduler | Image with latest tag |');
    expect(out).toContain('> **Could not run:** no OSV database configured');
    expect(out).toContain('\\`apt-get install \\<package\\>\\`');
  });
});
