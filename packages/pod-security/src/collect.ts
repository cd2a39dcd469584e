import type { PodSecurityConfig } from './admission/config.js';
import { embeddedPods, type EmbeddedProblem } from './embedded.js';
import { collect, emptyCollected, markOf, rollBack, type Collected } from './judge.js';
import type { ObjectSink } from './manifests.js';

/**
 * A sink for the manifest reader that judges each object as its document is read (judge.ts `collect`), so that
 * no tree outlives its document. `parts`: the objects' collection, then that of the pod templates embedded in
 * ConfigMaps (judged after every object, as `judge` would order them); a file the reader discards is rolled
 * back in both, with its embedded templates' problems.
 */
export function collectingSink(config: PodSecurityConfig): { sink: ObjectSink; parts: [Collected, Collected]; embeddedProblems: EmbeddedProblem[] } {
  const objects = emptyCollected();
  const embedded = emptyCollected();
  const embeddedProblems: EmbeddedProblem[] = [];
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
      embeddedProblems.push(...inner.problems);
    },
    discard() {
      rollBack(objects, marks.objects);
      rollBack(embedded, marks.embedded);
      embeddedProblems.length = marks.problems;
    },
  };
  return { sink, parts: [objects, embedded], embeddedProblems };
}
