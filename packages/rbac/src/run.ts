export async function runRbac(_: { paths: string[]; cwd: string; policyFile?: string }): Promise<never> {
  throw new Error('not yet');
}
