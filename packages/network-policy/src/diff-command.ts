export async function runDiff(..._a: unknown[]): Promise<number> { return 2; }
