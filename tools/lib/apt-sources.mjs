// Pure parsing of apt source lists (no I/O): deb822 `.sources` files and one-line `.list` files.
// Used to find the Debian mirror this machine already uses, so that no mirror host name is ever
// written into the repository.

/** Parses a deb822 `.sources` text into entries { types, uris, suites, components, enabled, signedBy }. */
export function parseDeb822(text) {
  const entries = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = {};
    let current = null;
    for (const line of stanza.split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (/^[ \t]/.test(line)) {
        if (current) fields[current] += `\n${line.trim()}`;
        continue;
      }
      const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (!match) continue;
      current = match[1].toLowerCase();
      fields[current] = match[2].trim();
    }
    if (!fields.types || !fields.uris) continue;
    entries.push({
      types: words(fields.types),
      uris: words(fields.uris),
      suites: words(fields.suites ?? ''),
      components: words(fields.components ?? ''),
      enabled: !/^(no|false|0)$/i.test(fields.enabled ?? 'yes'),
      signedBy: fields['signed-by'] && !fields['signed-by'].includes('\n') ? fields['signed-by'] : undefined,
    });
  }
  return entries;
}

/** Parses one-line `sources.list` text (`deb [opts] uri suite comp…`) into the same entry shape. */
export function parseOneLine(text) {
  const entries = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const match = /^(deb|deb-src)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)(.*)$/.exec(line);
    if (!match) continue;
    const options = Object.fromEntries(
      words(match[2] ?? '').map((option) => {
        const [key, ...value] = option.split('=');
        return [key.toLowerCase(), value.join('=')];
      }),
    );
    entries.push({
      types: [match[1]],
      uris: [match[3]],
      suites: [match[4]],
      components: words(match[5]),
      enabled: true,
      signedBy: options['signed-by'] || undefined,
    });
  }
  return entries;
}

/**
 * The first usable binary (`deb`) source serving `suite` exactly (e.g. `bookworm`, not
 * `bookworm-security`), as { uri, signedBy }, or null. Only http(s) and file URIs qualify.
 */
export function findMirror(entries, suite) {
  for (const entry of entries) {
    if (!entry.enabled || !entry.types.includes('deb') || !entry.suites.includes(suite)) continue;
    const uri = entry.uris.find((candidate) => /^(https?|file):\/\//.test(candidate));
    if (uri) return { uri: uri.replace(/\/+$/, ''), signedBy: entry.signedBy };
  }
  return null;
}

/** The suites named by any enabled binary entry (to explain a miss). */
export function listSuites(entries) {
  return [...new Set(entries.filter((e) => e.enabled && e.types.includes('deb')).flatMap((e) => e.suites))];
}

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}
