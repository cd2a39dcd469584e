#!/usr/bin/env node
// Where users wait (issue 19): whole-process wall and CPU times, as medians of interleaved runs, each as a
// ratio to `node -e 0` measured in the same rounds, beside its target and the figure before the work.
//   node tools/bench/startup.mjs [--runs 7] [--skip-nx] [--skip-large] [--json]
// Every row is one process timed with /usr/bin/time (wall, user+sys); the machine's load is printed with the
// table, since a loaded machine slows every row (the ratios are what to compare).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 7;
const cli = join(root, 'packages/cli/bin/flightcheck.js');
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) {
  console.error('startup bench: /usr/bin/time is missing (apt-get install time)');
  process.exit(2);
}

/**
 * One timed process: { wall, cpu } in seconds; exit codes listed in `ok` are accepted. CPU is /usr/bin/time's user +
 * system; wall is read around the whole /usr/bin/time process with a monotonic clock (its `%e` has 10 ms steps,
 * a twelfth of `node -e 0`), so it includes time's own fork and exec, the same ~1 ms on every row.
 */
function timeOnce(cmd, argv, { env = {}, ok = [0] } = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%e %U %S', cmd, ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const m = /(?:Command exited with non-zero status (\d+)\n)?([\d.]+) ([\d.]+) ([\d.]+)$/.exec(r.stderr.trim());
  const code = m?.[1] ? Number(m[1]) : r.status;
  if (!m || !ok.includes(code ?? -1)) throw new Error(`${cmd} ${argv.join(' ')}: exit ${code}: ${last}\n${r.stderr.slice(-2000)}`);
  return { wall, cpu: Number(m[3]) + Number(m[4]) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Rows: name, command, target (as a ratio to node -e 0, or seconds), the figure before the work. */
const rows = [
  { name: 'node -e 0 (baseline)', cmd: process.execPath, argv: ['-e', '0'], before: '0.20 s' },
  { name: 'flightcheck --help', cmd: process.execPath, argv: [cli, '--help'], ratio: 1.5, before: '2.7× (0.54 s)' },
  { name: 'flightcheck compliance manifests/airflow', cmd: process.execPath, argv: [cli, 'compliance', 'manifests/airflow'], ratio: 2, before: '5× (1.0 s)' },
  {
    name: 'flightcheck dockerfile-lint … --no-shellcheck',
    cmd: process.execPath,
    argv: [cli, 'dockerfile-lint', 'images/airflow/Dockerfile', '--no-shellcheck'],
    ratio: 2.5,
    before: '6.8× (1.36 s)',
  },
];

let scratch;
if (!args.includes('--skip-large')) {
  scratch = mkdtempSync(join(tmpdir(), 'fc-bench-startup-'));
  const file = join(scratch, 'objects.yaml');
  execFileSync(process.execPath, [join(root, 'tools/bench/compliance.mjs'), '--write', file], { stdio: 'inherit' });
  rows.push({ name: 'compliance, 10,000 objects', cmd: process.execPath, argv: [cli, 'compliance', file, '--format', 'json', '--fail-on', 'none'], seconds: 1.5, before: '2.9 s' });
}

const nxEnv = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const nx = join(root, 'node_modules/.bin/nx');
if (!args.includes('--skip-nx')) {
  // The local profile, as tools/gate.mjs runs it (the release profile cannot pass on this machine, and a failed
  // task is never cached): its vulnerability data is the Debian archive apt reaches. The cache is filled by one
  // gate run. verify-signature is never cached by design (a signature can vanish from the registry with no file
  // changed), so a whole run re-verifies live; the fully cached rows leave the manifests project's gate out.
  const { debianMirror, debianSecurityMirror } = await import('../lib/apt.mjs');
  Object.assign(nxEnv, { FLIGHTCHECK_PROFILE: 'local', FLIGHTCHECK_DEBIAN_MIRROR: (await debianMirror('bookworm')).uri, FLIGHTCHECK_DEBIAN_SECURITY_MIRROR: (await debianSecurityMirror('bookworm')).uri });
  console.error('startup bench: filling the Nx cache (node tools/gate.mjs --no-setup) …');
  timeOnce(process.execPath, [join(root, 'tools/gate.mjs'), '--no-setup'], { env: nxEnv });
  const gate = ['run-many', '-t', 'security', '-c', 'local'];
  const cached = [...gate, '-p', 'airflow-image,workspace'];
  rows.push({ name: 'nx show projects (daemon off)', cmd: nx, argv: ['show', 'projects'], env: nxEnv, seconds: 1.5, before: '≈4 s' });
  rows.push({ name: 'nx run-many -t security, every task cached (daemon off)', cmd: nx, argv: cached, env: nxEnv, seconds: 3, before: '8 s' });
  rows.push({ name: 'nx run-many -t security, whole gate: verify-signature live (daemon off)', cmd: nx, argv: gate, env: nxEnv, before: '—' });
  const daemonEnv = { ...nxEnv, NX_DAEMON: 'true' };
  rows.push({ name: 'nx run-many -t security, every task cached (daemon on)', cmd: nx, argv: cached, env: daemonEnv, seconds: 1.5, before: '—', daemon: true });
  rows.push({ name: 'nx run-many -t security, whole gate: verify-signature live (daemon on)', cmd: nx, argv: gate, env: daemonEnv, before: '—', daemon: true });
}

/**
 * Warm-up (V8 code caches, file system cache), then interleaved rounds: first every row that runs without the Nx
 * daemon, with the daemon stopped (a running daemon watches the workspace and recomputes after each gate run, load
 * the short rows would be measured under), then the daemon rows with it running.
 */
const samples = rows.map(() => ({ wall: [], cpu: [] }));
const stopDaemon = () => spawnSync(nx, ['daemon', '--stop'], { cwd: root, env: { ...process.env, ...nxEnv, NX_DAEMON: 'true' } });
for (const daemon of [false, true]) {
  const phase = rows.map((r, j) => [r, j]).filter(([r]) => Boolean(r.daemon) === daemon);
  if (!phase.length) continue;
  if (daemon) {
    timeOnce(nx, ['daemon', '--start'], { env: phase[0][0].env, ok: [0, 1] });
    timeOnce(nx, phase[0][0].argv, { env: phase[0][0].env });
  } else if (!args.includes('--skip-nx')) stopDaemon();
  for (const [r] of phase) timeOnce(r.cmd, r.argv, r);
  for (let i = 0; i < RUNS; i++) {
    for (const [r, j] of phase) {
      const t = timeOnce(r.cmd, r.argv, r);
      samples[j].wall.push(t.wall);
      samples[j].cpu.push(t.cpu);
    }
  }
}
if (!args.includes('--skip-nx')) stopDaemon();
if (scratch) rmSync(scratch, { recursive: true, force: true });

const base = { wall: median(samples[0].wall), cpu: median(samples[0].cpu) };
const table = rows.map((r, j) => {
  const wall = median(samples[j].wall);
  const cpu = median(samples[j].cpu);
  const ratio = wall / base.wall;
  const target = r.ratio ? `≤ ${r.ratio}×` : r.seconds ? `< ${r.seconds} s` : '';
  const met = r.ratio ? ratio <= r.ratio : r.seconds ? wall < r.seconds : undefined;
  return { name: r.name, wall, cpu, ratio, cpuRatio: cpu / base.cpu, target, met, before: r.before };
});
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
if (args.includes('--json')) {
  console.log(JSON.stringify({ runs: RUNS, load, node: process.version, rows: table }, null, 2));
} else {
  console.log(`startup benchmark: medians of ${RUNS} interleaved runs, ${process.version}, load average ${load}`);
  console.log('| what | wall s | cpu s | × node -e 0 (wall) | × (cpu) | target | met | before |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const t of table) {
    console.log(`| ${t.name} | ${t.wall.toFixed(3)} | ${t.cpu.toFixed(2)} | ${t.ratio.toFixed(2)} | ${t.cpuRatio.toFixed(2)} | ${t.target} | ${t.met === undefined ? '' : t.met ? 'yes' : 'NO'} | ${t.before} |`);
  }
}
