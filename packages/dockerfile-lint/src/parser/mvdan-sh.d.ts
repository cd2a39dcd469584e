declare module 'mvdan-sh' {
  // Minimal typing of the parts of mvdan/sh's JavaScript build used here.
  export interface ShNode {
    [key: string]: any;
  }
  export interface ShParser {
    Parse(src: string, name: string): ShNode;
  }
  const sh: {
    syntax: {
      NewParser(...options: unknown[]): ShParser;
      Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
      NodeType(node: ShNode): string;
      Variant(lang: number): unknown;
      LangBash: number;
    };
  };
  export default sh;
}
