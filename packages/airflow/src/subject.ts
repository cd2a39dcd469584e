import { buildImageModel, buildManifestModel } from './build.js';
import { readDockerfile } from './dockerfile.js';
import { parseManifestText } from '@flightcheck/k8s';
import type { AirflowModel } from './model.js';

/** One file's text → the rules' subject: a Dockerfile (name ends in Dockerfile) or Kubernetes YAML. */
export function parseSubject(text: string, file: string): AirflowModel {
  if (/(^|\/)([^/]*\.)?Dockerfile(\.[^/]*)?$/.test(file)) return buildImageModel(readDockerfile(text, file));
  return buildManifestModel(parseManifestText(text, file));
}
