/** The manifest model this check reads through: `@flightcheck/k8s` (files and stdin to objects with positions). */
export { loadManifests, parseManifestText, readStreamPart, splitStream, podTemplateOf, type K8sObject, type ObjectSink, type LoadedManifests, type ManifestProblem, type StreamPart, type PassedOver, type YamlPath } from '@flightcheck/k8s';
