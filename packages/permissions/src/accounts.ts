/** /etc/passwd and /etc/group of the image, and the image's USER resolved through them. */

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
}

const MAX_LINES = 100_000;

function lines(text: string): string[][] {
  return text
    .split('\n')
    .slice(0, MAX_LINES)
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(':'));
}

export function parsePasswd(text: string): PasswdEntry[] {
  return lines(text)
    .filter((f) => f.length >= 7 && /^\d+$/.test(f[2]!) && /^\d+$/.test(f[3]!))
    .map((f) => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), home: f[5]!, shell: f[6]! }));
}

export function parseGroup(text: string): GroupEntry[] {
  return lines(text)
    .filter((f) => f.length >= 3 && /^\d+$/.test(f[2]!))
    .map((f) => ({ name: f[0]!, gid: Number(f[2]) }));
}

export interface ResolvedUser {
  /** The USER instruction as written ('' = not set: root). */
  spec: string;
  uid?: number;
  gid?: number;
  entry?: PasswdEntry;
  /** Why the user could not be resolved (the runtime would refuse to start the container). */
  error?: string;
}

/** Resolves `USER name|uid[:group|gid]` the way the runtime does (numeric ids need no passwd entry). */
export function resolveUser(spec: string | undefined, passwd: PasswdEntry[], groups: GroupEntry[]): ResolvedUser {
  const s = (spec ?? '').trim();
  if (!s) {
    const root = passwd.find((p) => p.uid === 0);
    return { spec: '', uid: 0, gid: 0, ...(root ? { entry: root } : {}) };
  }
  const [u, g] = s.split(':', 2) as [string, string | undefined];
  const out: ResolvedUser = { spec: s };
  if (/^\d+$/.test(u)) {
    out.uid = Number(u);
    const e = passwd.find((p) => p.uid === out.uid);
    if (e) out.entry = e;
  } else {
    const e = passwd.find((p) => p.name === u);
    if (!e) return { ...out, error: `user ${u} is not in the image's /etc/passwd` };
    out.uid = e.uid;
    out.entry = e;
  }
  if (g === undefined || g === '') out.gid = out.entry?.gid ?? 0;
  else if (/^\d+$/.test(g)) out.gid = Number(g);
  else {
    const grp = groups.find((x) => x.name === g);
    if (!grp) return { ...out, error: `group ${g} is not in the image's /etc/group` };
    out.gid = grp.gid;
  }
  return out;
}
