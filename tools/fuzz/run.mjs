#!/usr/bin/env node
// Runs the fuzz targets for as long as asked and records every failing input as a regression fixture
// (tools/fuzz/regressions/<target>/<hash>.json, replayed by tools/fuzz/fuzz.spec.mjs).
//   node tools/fuzz/run.mjs [--target dpkg,pep440] [--seconds 60] [--runs N] [--seed S]
// Needs the compiled packages (npx tsc -b tsconfig.build.json).
import { parseArgs } from 'node:util';
import { loadTarget, runTarget, TARGET_NAMES } from './lib.mjs';

const USAGE = `usage: node tools/fuzz/run.mjs [--target t1,t2] [--seconds N] [--runs N] [--seed S]
  --target   targets to run (default all): ${TARGET_NAMES.join(', ')}
  --seconds  time per target (default 10)
  --runs     generated inputs per target instead of a time (the differentials check up to 500/1,000 pairs per input)
  --seed     fast-check seed (printed with every run, to replay it)
Prints executions (pairs for the differentials), inputs, time and seed per target; a failing input is shrunk and
recorded under tools/fuzz/regressions/<target>/ (fuzz.spec.mjs replays it). Exit 1 when a target failed.`;
let values;
try {
  ({ values } = parseArgs({ options: { target: { type: 'string' }, seconds: { type: 'string', default: '10' }, runs: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  console.error(`fuzz: ${e.message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
for (const [k, v] of Object.entries({ seconds: values.seconds, runs: values.runs, seed: values.seed })) {
  if (v !== undefined && !/^\d+$/.test(v)) {
    console.error(`fuzz: --${k} must be a whole number, not ${JSON.stringify(v)}`);
    process.exit(2);
  }
}
const names = values.target ? values.target.split(',') : TARGET_NAMES;
for (const n of names) if (!TARGET_NAMES.includes(n)) {
  console.error(`fuzz: unknown target ${n}; targets: ${TARGET_NAMES.join(', ')}`);
  process.exit(2);
}
let failures = 0;
for (const name of names) {
  const target = await loadTarget(name);
  const r = await runTarget(target, {
    seconds: Number(values.seconds),
    ...(values.runs ? { runs: Number(values.runs) } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    record: true,
  });
  const line = `${name.padEnd(11)} ${String(r.executions).padStart(8)} executions  ${String(r.inputs).padStart(7)} inputs  ${(r.ms / 1000).toFixed(1).padStart(6)} s  seed ${r.seed}`;
  if (r.failed) {
    failures++;
    console.log(`${line}  FAILED: ${r.error}\n  recorded ${r.fixture}`);
  } else console.log(`${line}  ok`);
}
process.exit(failures ? 1 : 0);
