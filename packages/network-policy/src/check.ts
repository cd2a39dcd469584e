export async function runCheckCommand(..._a: unknown[]): Promise<number> { return 2; }
