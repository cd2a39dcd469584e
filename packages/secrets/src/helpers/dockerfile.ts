export interface DockerfileVar {
  instruction: 'ENV' | 'ARG';
  name: string;
  /** undefined for `ARG NAME` without a default. */
  value?: string;
  line: number;
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

/** Splits `a=1 b="x y" c` into words, keeping quoted spans together. */
function words(s: string): string[] {
  return s.match(/(?:[^\s"']+|"(?:\\.|[^"\\])*"|'[^']*')+/g) ?? [];
}

/** The ENV and ARG variables of a Dockerfile (continuation lines joined; line = the instruction's first line). */
export function dockerfileVars(lines: string[]): DockerfileVar[] {
  const out: DockerfileVar[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i]!;
    while (/\\\s*$/.test(text) && i + 1 < lines.length) text = text.replace(/\\\s*$/, ' ') + lines[++i]!;
    const m = /^\s*(ENV|ARG)\s+(.*)$/i.exec(text);
    if (!m) continue;
    const instruction = m[1]!.toUpperCase() as 'ENV' | 'ARG';
    const rest = m[2]!.trim();
    const ws = words(rest);
    if (instruction === 'ENV' && ws.length >= 1 && !ws[0]!.includes('=')) {
      out.push({ instruction, name: ws[0]!, value: unquote(rest.slice(ws[0]!.length).trim()), line: start + 1 }); // legacy `ENV NAME value`
      continue;
    }
    for (const w of ws) {
      const eq = w.indexOf('=');
      if (eq < 0) out.push({ instruction, name: w, line: start + 1 });
      else out.push({ instruction, name: w.slice(0, eq), value: unquote(w.slice(eq + 1)), line: start + 1 });
    }
  }
  return out;
}
