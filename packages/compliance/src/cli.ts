import { definePlugin, defineCommand, type CheckOutcome, type Severity } from '@flightcheck/core';
import type { Argv } from 'yargs';
import type { KubeScoreFlags } from './options.js';

interface ComplianceArgs extends KubeScoreFlags {
  paths?: string[];
  engine?: 'auto' | 'builtin' | 'kube-score';
  failOn?: Severity | 'none';
  verbose?: boolean;
}

const FORMATS = ['kube-score-json', 'kube-score-ci'] as const;

function builder(y: Argv): Argv {
  return y
    .positional('paths', { type: 'string', array: true, describe: "manifest files, directories (every *.yaml/*.yml beneath), - for stdin; 'list' prints the checks" })
    .option('engine', { type: 'string', choices: ['auto', 'builtin', 'kube-score'], default: 'auto', describe: 'kube-score when on PATH (auto), or the built-in engine' })
    .option('kubernetes-version', { type: 'string', default: 'v1.18', describe: 'Kubernetes version for stable-version ([v]MAJOR.MINOR)' })
    .option('enable-optional-test', { type: 'string', describe: 'enable an optional check (repeatable, or comma-separated)' })
    .option('ignore-test', { type: 'string', describe: 'do not run a check (repeatable, or comma-separated)' })
    .option('all-default-optional', { type: 'boolean', default: false, describe: 'enable every optional check' })
    .option('min-replicas-deployment', { type: 'number', default: 2, describe: 'minimum replicas of a Deployment behind a Service' })
    .option('min-replicas-hpa', { type: 'number', default: 2, describe: 'minimum minReplicas of an HPA' })
    .option('ignore-container-cpu-limit', { type: 'boolean', default: false, describe: 'do not require CPU limits' })
    .option('ignore-container-memory-limit', { type: 'boolean', default: false, describe: 'do not require memory limits' })
    .option('disable-ignore-checks-annotations', { type: 'boolean', default: false, describe: 'ignore kube-score/ignore annotations' })
    .option('disable-optional-checks-annotations', { type: 'boolean', default: false, describe: 'ignore kube-score/enable annotations' })
    .option('exit-one-on-warning', { type: 'boolean', default: false, describe: 'exit 1 on WARNING too (same as --fail-on medium)' });
}

export default definePlugin({
  name: '@flightcheck/compliance',
  commands: [
    defineCommand<ComplianceArgs>({
      command: 'compliance [paths..]',
      describe: "Audit Kubernetes manifests with kube-score's checks ('compliance list' prints them)",
      builder,
      formats: FORMATS,
      async run(args, io): Promise<CheckOutcome | number> {
        const paths = args.paths ?? [];
        if (paths.length === 1 && paths[0] === 'list') {
          const { renderCheckList } = await import('./list.js');
          io.stdout(renderCheckList());
          return 0;
        }
        const { runCompliance } = await import('./run.js');
        const { renderKubeScoreJson } = await import('./formats/kube-score-json.js');
        const { renderKubeScoreCi } = await import('./formats/kube-score-ci.js');
        const outcome = await runCompliance({ ...args, paths, cwd: io.cwd, env: io.env, readStdin: io.readStdin, includePassing: Boolean(args.verbose) });
        // the kube-score formats print only scorecards on stdout: a file that could not be read is told on stderr
        if (outcome.problems.length && (args.format === 'kube-score-json' || args.format === 'kube-score-ci')) {
          for (const p of outcome.problems) io.stderr(`flightcheck: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason} (not scored)\n`);
        }
        // kube-score exits 1 on CRITICAL (= high), and with --exit-one-on-warning also on WARNING (= medium).
        if (args.failOn === undefined && args.exitOneOnWarning) args.failOn = 'medium';
        return {
          report: outcome.report,
          formats: { 'kube-score-json': () => renderKubeScoreJson(outcome.scored), 'kube-score-ci': () => renderKubeScoreCi(outcome.scored) },
        };
      },
    }),
  ],
});
