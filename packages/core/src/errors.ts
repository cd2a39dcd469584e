/** Marks our errors across copies of this module (a bundled CLI and a plugin importing core from node_modules). */
const BRAND = Symbol.for('flightcheck.error');

/** Base of every error a user can act on. `exitCode` 2 = usage or input error. */
export class FlightcheckError extends Error {
  readonly exitCode: number = 2;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** `instanceof FlightcheckError` holds for an error of another copy of core too; subclasses test as usual. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === FlightcheckError && typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }
}

/** Bad input: names the file (and line when known) and the reason. */
export class InputError extends FlightcheckError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
  }
}

export class UsageError extends FlightcheckError {}

export class ConfigError extends InputError {}

export class ReportFormatError extends InputError {}

export class ToolNotFoundError extends FlightcheckError {
  constructor(
    readonly tool: string,
    readonly hint: string,
  ) {
    super(`${tool} is not installed or not on PATH: ${hint}`);
  }
}

export class ToolTimeoutError extends FlightcheckError {
  constructor(
    readonly tool: string,
    readonly timeoutMs: number,
  ) {
    super(`${tool} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`);
  }
}

export class ToolOutputTooLargeError extends FlightcheckError {
  constructor(
    readonly tool: string,
    readonly limit: number,
  ) {
    super(`${tool} wrote more than ${limit} bytes of output; stopped (output is bounded)`);
  }
}

export class ToolFailedError extends FlightcheckError {
  constructor(
    readonly tool: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`${tool} failed (exit ${code ?? 'signal'}): ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 500)}`);
  }
}
