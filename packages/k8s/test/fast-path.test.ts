import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastDocuments } from '../src/fast-yaml.js';
import { yamlDocuments } from '../src/yaml-documents.js';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..', '..');
/** Our own realistic manifests (Helm output, ConfigMaps with scripts, CRDs, Lists), plus the shipped workload. */
const files = [
  ...readdirSync(join(here, 'fixtures')).map((f) => join(here, 'fixtures', f)),
  ...readdirSync(join(root, 'manifests', 'airflow')).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(root, 'manifests', 'airflow', f)),
].filter((f) => /\.ya?ml$/.test(f));

describe('the fast YAML path on realistic manifests', () => {
  it('takes at least 95% of the bytes, and reads them exactly as the yaml path does', () => {
    let total = 0;
    let fast = 0;
    const slow: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      total += src.length;
      const docs = fastDocuments(src, f, true);
      if (!docs) {
        slow.push(f);
        continue;
      }
      fast += src.length;
      expect(docs!.every((d) => d.records !== undefined), f).toBe(true);
      expect(docs!.map(({ records: _, ...d }) => d), f).toStrictEqual([...yamlDocuments(src, f)]);
    }
    const share = fast / total;
    console.log(`fast path: ${fast} of ${total} bytes (${(100 * share).toFixed(1)}%) in ${files.length} files; slow: ${slow.join(', ') || 'none'}`);
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
