import { InputError, readTextInput, STDIN_PATH } from '@flightcheck/core';
import { emptyLoad, expandManifestPaths, expandTypedLists, MAX_FILE_BYTES, parseManifestTextPartially, type LoadedManifests } from '@flightcheck/k8s';

/** JSON is YAML: `kubectl get -o json` output is read as well. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
export const isManifestFile = (name: string): boolean => MANIFEST_FILE.test(name);

/** The manifest files beneath the given paths (directories recursively, `.yaml`, `.yml`, `.json`). */
export function manifestFiles(paths: readonly string[], cwd: string): string[] {
  return expandManifestPaths(paths, { cwd, match: isManifestFile });
}

/**
 * One file's text as this check reads it, through @flightcheck/k8s: a file that cannot be read whole keeps
 * the documents before the failing one (the reference analyser's reading), and typed lists (`PodList`...)
 * are expanded to their items; a line that starts with a tab inside a flow collection is read as Go's YAML
 * reads it (see PartialOptions.leadingTabs).
 */
export function readManifestText(text: string, file: string, into: LoadedManifests = emptyLoad()): LoadedManifests {
  const one = expandTypedLists(parseManifestTextPartially(text, file, undefined, { leadingTabs: true }));
  into.objects.push(...one.objects);
  into.problems.push(...one.problems);
  into.files.push(...one.files);
  into.passedOver.push(...one.passedOver);
  into.empty.push(...one.empty);
  return into;
}

/** Reads manifest files; a file that cannot be read is one problem, the others are still read. */
export function loadManifestFiles(files: readonly string[]): LoadedManifests {
  const out = emptyLoad();
  for (const file of files) {
    if (file === STDIN_PATH) {
      out.problems.push({ file: 'STDIN', reason: 'standard input is not read by network-policy; name the manifest files or directories' });
      continue;
    }
    let text: string;
    try {
      text = readTextInput(file, { maxBytes: MAX_FILE_BYTES, rejectBinary: true });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.files.push(file);
      out.problems.push({ file: e.file, ...(e.line ? { line: e.line } : {}), reason: e.reason });
      continue;
    }
    readManifestText(text, file, out);
  }
  return out;
}
