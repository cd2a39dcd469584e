import { isCredentialName } from '../secret.js';

const NAME = /(?:^|[{,\s])name:\s*["']?([A-Za-z_][\w.-]*)/;
const VALUE = /(?:^|[{,\s])value:\s*[^\s{]/;

/**
 * A cheap look, without parsing YAML, for a list item whose own keys are a credential-like `name` and a literal
 * `value` (or any Compose `environment:`). Parsing every manifest is what makes a repository scan slow; the full
 * parse runs only where this says yes.
 */
export function mayHaveLiteralEnvCredential(text: string): boolean {
  if (/\benvironment:/.test(text)) return true;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)-\s+(\S.*)$/.exec(lines[i]!);
    if (!m) continue;
    const keyCol = m[0].length - m[2]!.length;
    const own = [m[2]!];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim()) continue;
      const indent = line.length - line.trimStart().length;
      if (indent < keyCol) break;
      if (indent === keyCol) own.push(line.trim());
    }
    const body = own.join('\n');
    const name = NAME.exec(body)?.[1];
    if (name && isCredentialName(name) && VALUE.test(body)) return true;
  }
  return false;
}
