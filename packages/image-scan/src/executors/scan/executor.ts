import { completeTask, createReport, failClosedUnlessSettled, FlightcheckError, loadWorkspacePolicy, type Report, type Severity } from '@flightcheck/core';
import { imageRecordPath, readImageRecord } from '@flightcheck/oci';
import { normalizeScanOptions, type RawScanOptions } from '../../options.js';
import { scanImage } from '../../scan.js';

export interface ScanExecutorOptions extends RawScanOptions {
  /** The image record image-build wrote (default dist/flightcheck/<project>/image.json). */
  imageFile?: string;
  failOn?: Severity | 'none';
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
}

interface Context {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** `@flightcheck/image-scan:scan`: scan the image the build recorded (or options.image), write reports, decide. */
export default function scanExecutor(raw: ScanExecutorOptions, context: Context): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'image-scan'}:${context.targetName ?? 'image-scan'}`, () => runScanExecutor(raw, context));
}

async function runScanExecutor(raw: ScanExecutorOptions, context: Context): Promise<{ success: boolean }> {
  const project = context.projectName!;
  let report: Report;
  let target = raw.archive ?? raw.image ?? project;
  try {
    // flightcheck.yaml `checks.image-scan` gives defaults; the target's options win.
    const fromPolicy = (loadWorkspacePolicy(context.root).policy.checks['image-scan'] ?? {}) as RawScanOptions;
    const { failOn: _policyFailOn, ...fromPolicyOptions } = fromPolicy as RawScanOptions & { failOn?: unknown };
    const { deferVerdict: _defer, ...own } = raw;
    const merged: ScanExecutorOptions = { ...fromPolicyOptions, ...own };
    const image = merged.archive ? undefined : (merged.image ?? readImageRecord(merged.imageFile ?? imageRecordPath(context.root, project)).reference);
    target = merged.archive ?? image ?? target;
    const options = normalizeScanOptions({ ...merged, ...(image ? { image } : {}) }, context.root, process.env);
    report = createReport([await scanImage({ ...options, log: (t) => process.stderr.write(t) })]);
  } catch (e) {
    if (!(e instanceof FlightcheckError)) throw e;
    report = createReport([{ check: 'image-scan', target, engine: raw.engine ?? 'auto', findings: [], error: e.message }]);
  }
  const failOn = raw.failOn;
  return { success: completeTask(report, { root: context.root, projectName: project, targetName: context.targetName ?? 'image-scan', ...(failOn ? { failOn } : {}), deferVerdict: raw.deferVerdict === true }).success };
}
