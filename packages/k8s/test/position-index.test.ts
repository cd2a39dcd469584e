import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifestText } from '../src/parse.js';
import { compareLines } from './lines.js';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '..', '..', '..');
const yamlIn = (dir: string) => readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
/** Our realistic manifests (Helm output, ConfigMaps with scripts, CRDs, Lists), the shipped workload, the conformance-style fixtures of pod-security. */
const files = [...yamlIn(join(here, 'fixtures')), ...yamlIn(join(root, 'manifests', 'airflow')), ...yamlIn(join(root, 'packages', 'pod-security', 'src', '__fixtures__'))];

/** Workloads as the benchmark writes them (block style, JSON-quoted scalars), with comments and flow collections mixed in. */
function generated(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    docs.push(`# workload ${i}
apiVersion: apps/v1
kind: ${i % 2 ? 'Deployment' : 'StatefulSet'}
metadata:
  name: "app-${i}"
  labels: {app: "app-${i}", tier: web}
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true # required
      containers:
      - name: "app-${i}"
        args: ["--port", "8080"]
        securityContext:
          capabilities:
            drop:
            - "ALL"
${i % 3 ? '            add: [NET_ADMIN]\n' : ''}        command:
        - sh
        - -c
        - |
          echo ${i}
      volumes:
      -   name: tmp
          emptyDir: {}
`);
  }
  return docs.join('---\n');
}

describe('the position index on real manifests', () => {
  it('answers lineOf as the yaml re-read does, for every path of every document', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    let answered = 0;
    let asked = 0;
    for (const f of [...files.map((f) => readFileSync(f, 'utf8')), generated(200)]) {
      const r = compareLines(f);
      if (!r.fast) continue;
      expect(r.mismatches).toEqual([]);
      answered += r.answered;
      asked += r.asked;
    }
    expect(answered / asked).toBeGreaterThan(0.99);
  });

  it('is what parseManifestText objects use: the key line, counted in the whole stream, and a List item\'s', () => {
    const src = generated(3);
    const gen = parseManifestText(src, 'g.yaml').objects;
    const lineOfText = (text: string, nth: number) => src.split('\n').reduce<number[]>((at, l, i) => (l.includes(text) ? [...at, i + 1] : at), [])[nth];
    expect(gen[2]!.lineOf(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'capabilities', 'add'])).toBe(lineOfText('add: [NET_ADMIN]', 1));
    expect(gen[2]!.lineOf(['spec', 'template', 'spec', 'volumes', 0, 'emptyDir'])).toBe(lineOfText('emptyDir', 2));
    const list = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: b\n  spec:\n    hostNetwork: true\n';
    const pods = parseManifestText(list, 'l.yaml').objects;
    expect(pods.map((o) => o.lineOf(['metadata', 'name']))).toEqual([6, 10]);
    expect(pods[1]!.lineOf(['spec', 'hostNetwork'])).toBe(12);
  });
});
