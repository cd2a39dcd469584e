/**
 * Fail closed on work that can never finish. When the event loop runs out while a task's promise is still
 * pending (nothing left that could settle it: a WebAssembly compile that never resolved did this on Node 24),
 * Node ends the process with exit code 0, which Nx and CI read as a pass. Run under this guard, such a task
 * ends with exit code 1 and a line naming it instead.
 */
export async function failClosedUnlessSettled<T>(what: string, work: () => Promise<T>): Promise<T> {
  const onExit = (code: number) => {
    if (code !== 0) return;
    process.stderr.write(`flightcheck: ${what}: the task ended before it finished (no report was made)\n`);
    process.exitCode = 1;
  };
  process.on('exit', onExit);
  try {
    return await work();
  } finally {
    process.off('exit', onExit);
  }
}
