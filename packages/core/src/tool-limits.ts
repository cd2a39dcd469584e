import { ConfigError } from './errors.js';

/** The bounds one external process runs under. */
export interface ToolLimits {
  /** Address space (RLIMIT_AS), bytes. */
  memoryBytes: number;
  /** CPU time (RLIMIT_CPU), seconds. */
  cpuSeconds: number;
  /** Wall-clock time, milliseconds. */
  timeoutMs: number;
}

/** Any of the bounds, as a user or a caller sets them. */
export type ToolLimitsInput = Partial<ToolLimits>;

/** `tools:` in flightcheck.yaml: defaults for every tool, and a section per tool name. */
export interface ToolLimitsConfig {
  all: ToolLimitsInput;
  byTool: Record<string, ToolLimitsInput>;
}

export const GIB = 1024 ** 3;
export const DEFAULT_MEMORY_BYTES = GIB;
/** The smallest address space flightcheck accepts: below it no tool starts at all. */
export const MIN_MEMORY_BYTES = 64 << 20;

/**
 * Per-tool memory defaults where 1 GiB of address space is known to be too little: the Go tools reserve
 * address space far beyond what they use (cosign 2.x dies at start-up under 1 GiB, measured: it signs
 * under 2 GiB), trivy also loads its vulnerability database and the image's files, docker's client maps a
 * large Go heap on big pushes.
 */
export const TOOL_MEMORY_DEFAULTS: Record<string, number> = {
  trivy: 4 * GIB,
  cosign: 4 * GIB,
  'kube-score': 4 * GIB,
  docker: 4 * GIB,
  // Node reserves address space for V8's heap cage and WebAssembly: npm stops under 1 GiB (the generator's install)
  node: 4 * GIB,
  npm: 4 * GIB,
  npx: 4 * GIB,
};

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: GIB, gb: GIB, gib: GIB };

/** Parses a size such as `1GiB`, `512M`, `2048MiB` or a byte count. Returns undefined when it is not one. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const n = Math.floor(Number(m[1]) * unit);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

/** A human size for messages: `1 GiB`, `512 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes >= GIB && bytes % (GIB / 4) === 0) return `${bytes / GIB} GiB`;
  return `${Math.round(bytes / 1024 ** 2)} MiB`;
}

function positive(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** One `tools:` entry (`memory`, `cpuSeconds`, `timeoutSeconds`); throws ConfigError naming the key. */
function parseEntry(raw: Record<string, unknown>, where: string, file: string): ToolLimitsInput {
  const out: ToolLimitsInput = {};
  for (const [k, v] of Object.entries(raw)) {
    if (k === 'memory') {
      const n = parseSize(v);
      if (n === undefined || n < MIN_MEMORY_BYTES) throw new ConfigError(file, `${where}.memory must be a size of at least 64MiB such as 1GiB (got ${String(v)})`);
      out.memoryBytes = n;
    } else if (k === 'cpuSeconds' || k === 'timeoutSeconds') {
      const n = positive(v);
      if (n === undefined) throw new ConfigError(file, `${where}.${k} must be a positive number of seconds (got ${String(v)})`);
      if (k === 'cpuSeconds') out.cpuSeconds = Math.ceil(n);
      else out.timeoutMs = Math.round(n * 1000);
    } else throw new ConfigError(file, `${where}.${k} is not a tool limit (memory, cpuSeconds, timeoutSeconds)`);
  }
  return out;
}

/** Validates flightcheck.yaml's `tools:` section. */
export function parseToolLimitsConfig(raw: unknown, file: string): ToolLimitsConfig {
  const config: ToolLimitsConfig = { all: {}, byTool: {} };
  if (raw === undefined || raw === null) return config;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, '`tools` must be a mapping (memory, cpuSeconds, timeoutSeconds, or a tool name)');
  const top: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === 'memory' || k === 'cpuSeconds' || k === 'timeoutSeconds') top[k] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) config.byTool[k] = parseEntry(v as Record<string, unknown>, `tools.${k}`, file);
    else throw new ConfigError(file, `tools.${k} must be a mapping of limits for the tool ${k}`);
  }
  config.all = parseEntry(top, 'tools', file);
  return config;
}

/** Environment overrides: FLIGHTCHECK_TOOL_MEMORY / _CPU_SECONDS / _TIMEOUT_SECONDS, and FLIGHTCHECK_<TOOL>_… per tool. */
export function limitsFromEnv(env: Record<string, string | undefined>, tool?: string): ToolLimitsInput {
  const prefix = tool ? `FLIGHTCHECK_${tool.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_` : 'FLIGHTCHECK_TOOL_';
  const raw: Record<string, unknown> = {};
  if (env[`${prefix}MEMORY`]) raw.memory = env[`${prefix}MEMORY`];
  if (env[`${prefix}CPU_SECONDS`]) raw.cpuSeconds = env[`${prefix}CPU_SECONDS`];
  if (env[`${prefix}TIMEOUT_SECONDS`]) raw.timeoutSeconds = env[`${prefix}TIMEOUT_SECONDS`];
  return parseEntry(raw, prefix.slice(0, -1), 'environment');
}

/**
 * The limits a tool runs under, from the most specific setting down: the environment for this tool, the
 * environment for all tools, flightcheck.yaml for this tool, flightcheck.yaml for all tools, the caller's
 * choice for the job, the tool's default, 1 GiB. CPU time defaults to the wall timeout (one core busy all along).
 */
export function resolveToolLimits(tool: string, caller: ToolLimitsInput, config: ToolLimitsConfig, env: Record<string, string | undefined>): ToolLimits {
  const layers = [limitsFromEnv(env, tool), limitsFromEnv(env), config.byTool[tool] ?? {}, config.all, caller];
  const pick = <K extends keyof ToolLimits>(k: K): ToolLimits[K] | undefined => layers.find((l) => l[k] !== undefined)?.[k];
  const timeoutMs = pick('timeoutMs') ?? 5 * 60_000;
  return {
    memoryBytes: pick('memoryBytes') ?? TOOL_MEMORY_DEFAULTS[tool] ?? DEFAULT_MEMORY_BYTES,
    cpuSeconds: pick('cpuSeconds') ?? Math.max(1, Math.ceil(timeoutMs / 1000)),
    timeoutMs,
  };
}
