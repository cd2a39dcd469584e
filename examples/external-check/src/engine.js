// Plain JavaScript on purpose: a plugin needs no build step and no TypeScript, only @flightcheck/core.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createReport, defineRule, InputError, readTextInput, runRules } from '@flightcheck/core';

export const CHECK = 'image-labels';

/** One rule, following the rule contract: meta (id, target, severity, docs, messages) and check(subject, ctx). */
export const ociSourceLabel = defineRule({
  meta: {
    id: 'oci-source-label',
    target: 'dockerfile',
    severity: 'medium',
    docs: { description: 'Every image says where its source lives (LABEL org.opencontainers.image.source=…).' },
    messages: { missing: 'no org.opencontainers.image.source label: scanners and people cannot trace the image to its source' },
  },
  check(subject, ctx) {
    if (!/^\s*LABEL\b.*org\.opencontainers\.image\.source=/im.test(subject.text)) {
      ctx.report({ messageId: 'missing', location: { file: ctx.file, line: 1 }, resolution: 'add LABEL org.opencontainers.image.source=<repository URL>' });
    }
  },
});

export const rules = [ociSourceLabel];

function dockerfiles(path) {
  if (!existsSync(path)) throw new InputError(path, 'no such file or directory');
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true })
    .map(String)
    .filter((f) => /(^|\/)Dockerfile(\.[^/]+)?$/.test(f) && !f.split('/').includes('node_modules'))
    .map((f) => join(path, f));
}

/** Runs the rules over the Dockerfiles under each path; a path that cannot be read fails closed. */
export function runCheck({ paths, root }) {
  return createReport(
    paths.map((p) => {
      const abs = resolve(root, p);
      const result = { check: CHECK, target: relative(root, abs) || '.', engine: 'builtin', findings: [] };
      try {
        for (const file of dockerfiles(abs)) {
          const rel = relative(root, file);
          const text = readTextInput(file, { maxBytes: 1 << 20, rejectBinary: true });
          result.findings.push(...runRules(rules, { text }, { file: rel }));
        }
      } catch (e) {
        result.error = e.message;
      }
      return result;
    }),
  );
}
