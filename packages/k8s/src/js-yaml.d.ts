// The part of js-yaml 4 (it ships no types) that fast-yaml.ts uses.
declare module 'js-yaml' {
  export interface LoaderState {
    tag: string | null;
    anchor: string | null;
    kind: string | null;
    result: unknown;
    input: string;
    position: number;
    line: number;
  }
  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    listener?: (event: 'open' | 'close', state: LoaderState) => void;
  }
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: any) => boolean;
    construct?: (data: any) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
    readonly tag: string;
  }
  export class Schema {
    constructor(definition: { implicit?: Type[]; explicit?: Type[] });
  }
  export function load(text: string, options?: LoadOptions): unknown;
  const yaml: { load: typeof load; Type: typeof Type; Schema: typeof Schema };
  export default yaml;
}
