import { completeTask, createReport, failClosedUnlessSettled, FlightcheckError, type Report, type Severity } from '@flightcheck/core';
import { imageRecordPath, readImageRecord } from '@flightcheck/oci';
import { checkPermissions } from '../../engine.js';
import { normalizePermissionsOptions, type PermissionsOptions } from '../../options.js';
import { CHECK } from '../../static-check.js';

export interface VerifyExecutorOptions extends Partial<PermissionsOptions> {
  image?: string;
  archive?: string;
  imageFile?: string;
  runtime?: boolean;
  failOn?: Severity | 'none';
  /** Forwarded by the `security` target: the verdict is security's (see completeTask). */
  deferVerdict?: boolean;
}

interface Context {
  root: string;
  projectName?: string;
  targetName?: string;
}

export default function verifyExecutor(raw: VerifyExecutorOptions, context: Context): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'permissions'}:${context.targetName ?? 'permissions'}`, () => runVerifyExecutor(raw, context));
}

async function runVerifyExecutor(raw: VerifyExecutorOptions, context: Context): Promise<{ success: boolean }> {
  const project = context.projectName!;
  let report: Report;
  let target = raw.archive ?? raw.image ?? project;
  try {
    const options = normalizePermissionsOptions(raw);
    const image = raw.archive ? undefined : (raw.image ?? readImageRecord(raw.imageFile ?? imageRecordPath(context.root, project)).reference);
    target = raw.archive ?? image ?? target;
    report = await checkPermissions({ ...(image ? { image } : { archive: raw.archive! }), runtime: image ? (raw.runtime ?? true) : false, options, log: (t) => process.stderr.write(t) });
  } catch (e) {
    if (!(e instanceof FlightcheckError) && !(e instanceof Error && e.name === 'PermissionsOptionError')) throw e;
    // fail closed: a check that cannot run fails the gate with the reason
    report = createReport([{ check: CHECK, target, engine: 'builtin', findings: [], error: e.message }]);
  }
  const failOn = raw.failOn;
  return { success: completeTask(report, { root: context.root, projectName: project, targetName: context.targetName ?? 'permissions', ...(failOn ? { failOn } : {}), deferVerdict: raw.deferVerdict === true }).success };
}
