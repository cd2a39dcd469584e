import { describe, expect, it } from 'vitest';
import { lexicalNesting, MAX_SHELL_NESTING, parseShell, type ShellScript } from './shell.js';

const names = (s: ShellScript) => s.commands.map((c) => c.name);
const cmd = (text: string, i = 0) => parseShell(text).commands[i]!;

describe('parseShell (tree-sitter-bash)', () => {
  it('lists every simple command in source order: lists, pipes, subshells, substitutions', () => {
    const s = parseShell('apt-get update && (cd /x; make) | tee log || echo "$(id -u)"');
    expect(names(s)).toEqual(['apt-get', 'cd', 'make', 'tee', 'echo', 'id']);
    expect(s.hasPipes).toBe(true);
    expect(s.error).toBeUndefined();
  });
  it('reads pipelines (| and |&) but not || as pipes', () => {
    expect(parseShell('a | b').hasPipes).toBe(true);
    expect(parseShell('a |& b').hasPipes).toBe(true);
    expect(parseShell('a || b').hasPipes).toBe(false);
    expect(parseShell('a && b; c & d').hasPipes).toBe(false);
    expect(names(parseShell('a && b || c; d'))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('finds commands in subshells, groups, functions and control flow', () => {
    expect(names(parseShell('(a && b) || { c; d; }'))).toEqual(['a', 'b', 'c', 'd']);
    expect(names(parseShell('f() { apt-get install x; }; if a; then b; else c; fi; for i in x y; do e $i; done'))).toEqual(['apt-get', 'a', 'b', 'c', 'e']);
    expect(names(parseShell('case $x in a) one;; *) two;; esac; while read l; do w; done < f'))).toEqual(['one', 'two', 'read', 'w']);
  });
  it('lists a command before the commands of its substitutions (backquotes, $(), <(), env prefixes)', () => {
    expect(names(parseShell('echo `whoami` $(id -u) <(ls)'))).toEqual(['echo', 'whoami', 'id', 'ls']);
    expect(names(parseShell('FOO=$(bar) baz'))).toEqual(['baz', 'bar']);
    expect(names(parseShell('FOO=$(bar)'))).toEqual(['bar']);
  });
  it('removes quotes and simplifies expansions', () => {
    expect(cmd(`pip install "a==1" 'b' $PKG \${V} \${W:-x} "$(c)" $((1+2)) a"b"'c'`).args).toEqual(['install', 'a==1', 'b', '${PKG}', '${V}', '${W}', '${...}', '${VAR}', 'abc']);
    expect(cmd(`echo "a $(d) \${B} $c \`e\` z" $'x\\n' $"t $u"`).args).toEqual(['a ${...} ${B} ${c} ${...} z', 'x\\n', 't ${u}']);
    expect(cmd('echo a\\"b "c\\$d\\x" \'e\\\'').args).toEqual(['a"b', 'c$d\\x', 'e\\']);
    expect(cmd('echo é "ü $X"').args).toEqual(['é', 'ü ${X}']);
  });
  it('reads declarations, unset and [ as commands; let and [[ ]] as not', () => {
    expect(parseShell('export A=1 B; local -r c="x y"; unset D').commands).toEqual([
      { name: 'export', args: ['A=1', 'B'] },
      { name: 'local', args: ['-r', 'c=x y'] },
      { name: 'unset', args: ['D'] },
    ]);
    expect(parseShell('[ -f /x ] && [[ -d /y ]] && let i=1').commands).toEqual([{ name: '[', args: ['-f', '/x', ']'] }]);
  });
  it('reads time and coproc as keywords', () => {
    expect(parseShell('time -p make all').commands).toEqual([{ name: 'make', args: ['all'] }]);
    expect(names(parseShell('coproc cat'))).toEqual(['cat']);
  });
  it('keeps redirections, here-strings and heredocs out of the arguments', () => {
    expect(parseShell('cmd a >/dev/null 2>&1 </dev/in b').commands).toEqual([{ name: 'cmd', args: ['a', 'b'] }]);
    expect(parseShell('cat <<< "here $x" > out').commands).toEqual([{ name: 'cat', args: [] }]);
    expect(names(parseShell('cat <<EOF\nhello $(id)\nEOF\necho done'))).toEqual(['cat', 'id', 'echo']);
  });
  it('reads line continuations and comments', () => {
    expect(parseShell('apt-get install -y \\\n  curl \\\n  git').commands).toEqual([{ name: 'apt-get', args: ['install', '-y', 'curl', 'git'] }]);
    expect(names(parseShell('a # not b\n# c\nd'))).toEqual(['a', 'd']);
  });
  it('reads an escaped blank as bash does (one word)', () => {
    expect(parseShell('rm -f x && \\  apt-get update').commands[1]).toEqual({ name: ' ', args: ['apt-get', 'update'] });
  });
  it('reports invalid shell without throwing: an error, no commands', () => {
    for (const bad of ['echo "unterminated', "echo 'x", 'if then fi', 'echo $(', 'a &&', '| a', 'echo ${']) {
      const s = parseShell(bad);
      expect(s.error, bad).toMatch(/^\d+:\d+: /);
      expect(s.commands).toEqual([]);
    }
  });
  it('still reads valid bash that tree-sitter-bash rejects (comment in backquotes)', () => {
    const s = parseShell('bash -c `# not even a yum command`');
    expect(s.error).toBeUndefined();
    expect(names(s)).toEqual(['bash']);
  });
  it('memoises by text', () => {
    expect(parseShell('x y z')).toBe(parseShell('x y z'));
  });
});

describe('parseShell bounds', () => {
  it('reads a script nested up to the bound and refuses one nested deeper, without recursing into it', () => {
    const nest = (n: number) => `echo ${'$('.repeat(n)}x${')'.repeat(n)}`;
    expect(parseShell(nest(MAX_SHELL_NESTING - 1)).tooDeep).toBeUndefined();
    expect(parseShell(nest(MAX_SHELL_NESTING - 1)).commands[0]).toEqual({ name: 'echo', args: ['${...}'] });
    for (const deep of [nest(3000), `${'('.repeat(5000)}true${')'.repeat(5000)}`, `${'{ '.repeat(3000)}true;${' }'.repeat(3000)}`, `[ ${'( '.repeat(400)}a${' )'.repeat(400)} ]`]) {
      const r = parseShell(deep);
      expect(r.tooDeep).toBe(true);
      expect(r.error).toMatch(/^nesting deeper than 200/);
      expect(r.commands).toEqual([]);
    }
    // a text tree-sitter rejects goes to mvdan/sh only when its lexical nesting is within the bound
    expect(parseShell(`echo \\ ${'$('.repeat(300)}`).tooDeep).toBe(true);
  });

  it('counts nesting lexically outside quotes and comments only', () => {
    expect(lexicalNesting(`echo '${'('.repeat(500)}'`)).toBe(0);
    expect(lexicalNesting('a $(b "$(c)") {d}')).toBe(2);
    expect(lexicalNesting('echo \\( \\( x')).toBe(0);
  });

  it('costs time linear in the script: sixteen times the && list costs about sixteen times the time, under 96 (n^1.65: the old-space collections of V8 grow with the live input), far from the 256 of a quadratic (fastest of 5)', () => {
    // unique texts each run (parseShell memoises by text); the parent of a command comes from the walk
    let run = 0;
    const time = (n: number) => {
      const samples: number[] = [];
      for (let k = 0; k < 5; k++) {
        const script = Array.from({ length: n }, (_, i) => `echo ${i} >/dev/null x${run}`).join(' && ');
        run++;
        const t0 = performance.now();
        const r = parseShell(script);
        samples.push(performance.now() - t0);
        expect(r.commands).toHaveLength(n);
      }
      // the fastest of 5: scheduling and GC noise only ever add time
      return Math.min(...samples);
    };
    time(1000); // warm-up (JIT)
    const t1 = time(1000);
    const t2 = time(16_000);
    expect(t2 / t1, `${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`).toBeLessThan(96);
  }, 120_000);
});

describe('the WebAssembly flags', () => {
  it('are declared in package.json (flightcheck.v8Flags), so that the CLI launcher sets them before compiling the bundle', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { flightcheck: { v8Flags?: string[] } };
    const { WASM_FLAGS } = await import('./shell.js');
    expect(pkg.flightcheck.v8Flags).toEqual([...WASM_FLAGS]);
  });
});
