import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from './docs.js';

describe('renderRuleDoc', () => {
  it('renders a rule page from its meta', () => {
    const doc = renderRuleDoc({ id: 'load-examples', target: 'airflow-config', severity: 'high', docs: { description: 'Example DAGs loaded' }, messages: { enabled: '{{option}} is true' } });
    expect(doc.split('\n')[0]).toBe('# load-examples');
    expect(doc).toContain('- Severity: high\n');
    expect(doc).toContain('- `enabled`: {{option}} is true');
    expect(doc).toContain('- Check: `airflow`');
  });
});
