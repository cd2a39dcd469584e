import { completeTask } from '@flightcheck/core';
import { runCheck } from './engine.js';

export default async function executor(options, context) {
  const projectRoot = context.projectsConfigurations?.projects[context.projectName]?.root ?? '.';
  const report = runCheck({ paths: options.paths?.length ? options.paths : [projectRoot], root: context.root });
  return { success: completeTask(report, { root: context.root, projectName: context.projectName, targetName: context.targetName, failOn: options.failOn, deferVerdict: options.deferVerdict === true }).success };
}
