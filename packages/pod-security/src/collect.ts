import type { PodSecurityConfig } from './admission/config.js';
import { embeddedPods } from './embedded.js';
import { collect, emptyCollected, markOf, rollBack, type Collected } from './judge.js';
import type { ObjectSink } from './manifests.js';

/** A pod template in a ConfigMap that does not parse: an error result of its own (the ConfigMap's file and line). */
export interface EmbeddedError {
  file: string;
  error: string;
}

/** What a part of the input (a thread's share) collected: plain data, which may cross threads. */
export interface CollectedPart {
  parts: [Collected, Collected];
  embeddedProblems: EmbeddedError[];
}

export interface CollectingSink extends CollectedPart {
  sink: ObjectSink;
  /** Appends what another sink collected (a later part of the input, judged elsewhere). */
  append(c: CollectedPart): void;
}

/**
 * A sink for the manifest reader that judges each object as its document is read (judge.ts `collect`), so that
 * no tree outlives its document. `parts`: the objects' collection, then that of the pod templates embedded in
 * ConfigMaps (judged after every object, as `judge` would order them); a file the reader discards is rolled
 * back in both, with its embedded templates' problems.
 */
export function collectingSink(config: PodSecurityConfig): CollectingSink {
  const objects = emptyCollected();
  const embedded = emptyCollected();
  const embeddedProblems: EmbeddedError[] = [];
  let marks = { objects: markOf(objects), embedded: markOf(embedded), problems: 0 };
  const sink: ObjectSink = {
    begin() {
      marks = { objects: markOf(objects), embedded: markOf(embedded), problems: embeddedProblems.length };
    },
    object(o) {
      collect(o, config, objects);
      if (o.kind !== 'ConfigMap') return;
      const inner = embeddedPods([o]);
      for (const pod of inner.pods) collect(pod, config, embedded);
      for (const p of inner.problems) {
        embeddedProblems.push({ file: o.file, error: `${o.file}:${p.line}: ConfigMap ${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? '?'} key ${p.key}: the pod template does not parse: ${p.reason}` });
      }
    },
    discard() {
      rollBack(objects, marks.objects);
      rollBack(embedded, marks.embedded);
      embeddedProblems.length = marks.problems;
    },
  };
  return {
    sink,
    parts: [objects, embedded],
    embeddedProblems,
    append(c) {
      append(objects, c.parts[0]);
      append(embedded, c.parts[1]);
      embeddedProblems.push(...c.embeddedProblems);
    },
  };
}

function append(into: Collected, from: Collected): void {
  // one at a time: a spread of a long list as arguments could pass the engine's argument limit
  for (const f of from.findings) into.findings.push(f);
  for (const w of from.workloads) into.workloads.push(w);
  for (const n of from.namespaces) into.namespaces.push(n);
}
