/**
 * The top-level help (`flightcheck --help`, `-h`) and `--version`, printed without loading yargs: they are the
 * commands a user runs first and most often, and yargs costs more start-up than everything else they need.
 * The text is the one yargs prints for the same commands (held to it by help.spec.ts); a command's own help
 * (`flightcheck compliance --help`) is yargs'.
 */
export const USAGE =
  '$0 <check> [paths..] [options]\n\nSecurity gate for containerised Airflow on Kubernetes. Exit codes: 0 pass, 1 findings at or above --fail-on, 2 usage or input error.';

export interface HelpCommand {
  command: string;
  describe: string;
}

/** True when the command line asks only for the top-level help or the version. */
export function isTopLevelInfo(argv: readonly string[]): 'help' | 'version' | undefined {
  if (argv.length !== 1) return undefined;
  if (argv[0] === '--help' || argv[0] === '-h') return 'help';
  if (argv[0] === '--version') return 'version';
  return undefined;
}

/** Greedy word wrap at `width` columns (words longer than the width stand alone on their line). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w.length > 0)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** Two columns: the left padded to its widest entry, the right wrapped into what remains of `width`. */
function columns(rows: [string, string, string?][], width: number, indent: string): string[] {
  const left = Math.max(...rows.map(([l]) => l.length)) + 2;
  const out: string[] = [];
  for (const [l, r, tag] of rows) {
    const room = width - indent.length - left - (tag ? tag.length + 1 : 0);
    const wrapped = wrapText(r, Math.max(20, room));
    wrapped.forEach((text, i) => {
      const head = i === 0 ? `${indent}${l.padEnd(left)}` : ' '.repeat(indent.length + left);
      const line = `${head}${text}`;
      out.push(i === 0 && tag ? `${line.padEnd(width - tag.length)}${tag}` : line);
    });
  }
  return out;
}

/** The top-level help text for these commands, `width` columns wide (yargs' layout). */
export function renderTopLevelHelp(commands: readonly HelpCommand[], width: number, name = 'flightcheck'): string {
  const out = [...wrapText(USAGE.replace('$0', name), width), '', 'Commands:'];
  out.push(...columns(commands.map((c) => [`${name} ${c.command}`, c.describe]), width, '  '));
  out.push('', 'Options:');
  out.push(...columns([['    --version', 'Show version number', '[boolean]'], ['-h, --help', 'Show help', '[boolean]']], width, '  '));
  return `${out.join('\n')}\n`;
}
