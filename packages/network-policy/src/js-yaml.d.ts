// The part of js-yaml 4 (it ships no types) that load.ts uses.
declare module 'js-yaml' {
  export interface LoadOptions {
    filename?: string;
    json?: boolean;
  }
  export function load(text: string, options?: LoadOptions): unknown;
  const jsyaml: { load: typeof load };
  export default jsyaml;
}
