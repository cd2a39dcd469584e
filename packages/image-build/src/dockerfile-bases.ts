/** The base images (FROM) of a Dockerfile, with ARG defaults and build args substituted. Pure. */

const MAX_BYTES = 1 << 20;

function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(/\$\{(\w+)(?::?[-+][^}]*)?\}|\$(\w+)/g, (m, a: string | undefined, b: string | undefined) => vars[(a ?? b)!] ?? '');
}

/** `FROM [--platform=…] image [AS name]` → external images (stage names and scratch left out). */
export function baseImages(dockerfile: string, buildArgs: Record<string, string> = {}): string[] {
  const text = dockerfile.slice(0, MAX_BYTES).replace(/\\\r?\n/g, ' ');
  const vars: Record<string, string> = {};
  const stages = new Set<string>();
  const out: string[] = [];
  let seenFrom = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const [, kw, rest] = m as unknown as [string, string, string];
    if (kw.toUpperCase() === 'ARG' && !seenFrom) {
      for (const def of rest.split(/\s+/)) {
        const [k, ...v] = def.split('=');
        if (k) vars[k] = buildArgs[k] ?? (v.length ? v.join('=').replace(/^"(.*)"$/, '$1') : (vars[k] ?? ''));
      }
    } else if (kw.toUpperCase() === 'FROM') {
      seenFrom = true;
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = substitute(words[0] ?? '', { ...vars, ...buildArgs });
      if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.add(words[2].toLowerCase());
      if (image && image !== 'scratch' && !stages.has(image.toLowerCase()) && !out.includes(image)) out.push(image);
    }
  }
  return out;
}
