import { completeTask, createReport, failClosedUnlessSettled, FlightcheckError, type Report } from '@flightcheck/core';
import { buildImage } from '../../build.js';
import { BuildOptionError, type ImageBuildOptions } from '../../build-args.js';

interface Context {
  root: string;
  projectName?: string;
  targetName?: string;
}

/** Nx executor `@flightcheck/image-build:build`: docker build, image.json, and a report (error when it fails). */
export default function buildExecutor(options: ImageBuildOptions & { deferVerdict?: boolean }, context: Context): Promise<{ success: boolean }> {
  // a task whose work can no longer finish fails (exit 1), never ends as a silent pass
  return failClosedUnlessSettled(`${context.projectName ?? 'image-build'}:${context.targetName ?? 'image-build'}`, () => runBuildExecutor(options, context));
}

async function runBuildExecutor(options: ImageBuildOptions & { deferVerdict?: boolean }, context: Context): Promise<{ success: boolean }> {
  const project = context.projectName!;
  let report: Report;
  try {
    const rec = await buildImage(context.root, project, options, (t) => process.stderr.write(t));
    process.stderr.write(`image-build: ${rec.reference} ${rec.imageId}\n`);
    report = createReport([{ check: 'image-build', target: rec.reference, engine: 'docker', findings: [], notices: [{ level: 'info', message: `built ${rec.reference} (${rec.imageId})` }] }]);
  } catch (e) {
    if (!(e instanceof FlightcheckError) && !(e instanceof BuildOptionError)) throw e;
    report = createReport([{ check: 'image-build', target: options.dockerfile, engine: 'docker', findings: [], error: (e as Error).message }]);
  }
  return { success: completeTask(report, { root: context.root, projectName: project, targetName: context.targetName ?? 'image-build', deferVerdict: options.deferVerdict === true }).success };
}
