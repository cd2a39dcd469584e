import { GenericContainer, type StartedTestContainer } from 'testcontainers';
import { assertEngine, dockerTool, inspectImage } from '@flightcheck/oci';

/** What the container showed about its user, once started with `sleep` as its entrypoint. */
export interface RuntimeFacts {
  image: string;
  uid?: number;
  gid?: number;
  home?: string;
  userBase?: string;
  /** Directory → whether the container's user could create a file in it. */
  writable: Record<string, boolean>;
  /** Where `pip install --user` of a local probe package put its module, or why it failed. */
  pip: { location?: string; error?: string };
  /** The probe's raw output, bounded, for a failing finding's context. */
  output: string;
}

const PROBE_DIRS = ['/', '/etc', '/usr'];

/** The shell script run in the container: key=value lines only. `$1` is the home to write under. */
export const PROBE_SCRIPT = [
  'echo "uid=$(id -u)"',
  'echo "gid=$(id -g)"',
  'echo "home=$HOME"',
  'echo "userbase=$(python3 -m site --user-base 2>/dev/null | head -n1)"',
  `for d in "$1" ${PROBE_DIRS.join(' ')}; do f="$d/.flightcheck-probe-$$"; if (echo x > "$f") 2>/dev/null; then echo "write:$d=yes"; rm -f "$f"; else echo "write:$d=no"; fi; done`,
  // a local package, no index, no network: where does pip --user put it?
  'p=$(mktemp -d) || exit 0',
  'printf "from setuptools import setup\\nsetup(name=\\"flightcheck-probe\\", version=\\"1.0\\", py_modules=[\\"flightcheck_probe\\"])\\n" > "$p/setup.py"',
  'echo "X = 1" > "$p/flightcheck_probe.py"',
  'if out=$(cd / && PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install --user --no-index --no-build-isolation --no-cache-dir --no-warn-script-location "$p" 2>&1); then',
  '  echo "pipmodule=$(cd / && python3 -c "import flightcheck_probe; print(flightcheck_probe.__file__)" 2>&1 | tail -n1)"',
  'else echo "piperror=$(printf %s "$out" | tail -n2 | tr "\\n" " ")"; fi',
].join('\n');

/** Parses the probe's output (pure). */
export function parseProbeOutput(image: string, out: string): RuntimeFacts {
  const facts: RuntimeFacts = { image, writable: {}, pip: {}, output: out.slice(0, 4000) };
  for (const line of out.split('\n')) {
    const i = line.indexOf('=');
    if (i < 0) continue;
    const k = line.slice(0, i);
    const v = line.slice(i + 1).trim();
    if (k === 'uid' && /^\d+$/.test(v)) facts.uid = Number(v);
    else if (k === 'gid' && /^\d+$/.test(v)) facts.gid = Number(v);
    else if (k === 'home') facts.home = v;
    else if (k === 'userbase' && v) facts.userBase = v;
    else if (k.startsWith('write:')) facts.writable[k.slice(6)] = v === 'yes';
    else if (k === 'pipmodule') facts.pip.location = v;
    else if (k === 'piperror') facts.pip.error = v || 'pip install --user failed';
  }
  return facts;
}

/**
 * Starts the image with testcontainers (entrypoint `sleep`, so the image's own command never runs),
 * runs the probe as the image's user, and stops it. Errors are thrown (Result.error upstream).
 */
export async function probeContainer(image: string, home: string, log: (t: string) => void = () => {}): Promise<RuntimeFacts> {
  const tool = await dockerTool();
  await assertEngine(tool);
  await inspectImage(tool, image); // clear error before testcontainers would try to pull
  process.env.TESTCONTAINERS_RYUK_DISABLED ??= 'true';
  log(`permissions: starting ${image} (entrypoint sleep) to probe it at run time\n`);
  let container: StartedTestContainer | undefined;
  try {
    container = await new GenericContainer(image).withEntrypoint(['sleep']).withCommand(['600']).withStartupTimeout(60_000).start();
    const r = await container.exec(['sh', '-c', PROBE_SCRIPT, 'probe', home]);
    return parseProbeOutput(image, r.output);
  } finally {
    await container?.stop({ timeout: 1 }).catch(() => {});
  }
}
