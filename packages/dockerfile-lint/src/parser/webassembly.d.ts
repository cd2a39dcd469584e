// Node's WebAssembly global, the part the bash parser's loader uses (parser/wasm.ts, parser/shell.ts): the workspace
// compiles against lib ES2023 and @types/node 20, which declare none of it.
declare namespace WebAssembly {
  interface Module {
    readonly __webAssemblyModule?: never;
  }
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  type Imports = Record<string, Record<string, unknown>>;
  function compile(bytes: Uint8Array): Promise<Module>;
  const Instance: new (module: Module, imports?: Imports) => Instance;
  const Memory: new (descriptor: { initial: number; maximum?: number }) => Memory;
  const Module: {
    exports(module: Module): { name: string; kind: string }[];
    imports(module: Module): { module: string; name: string; kind: string }[];
  };
}
