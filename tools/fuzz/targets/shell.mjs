// The shell layer of dockerfile-lint: a model of simple commands joined by operators reads back exactly, and any
// text (shell metacharacters, deep nesting) is read within a time bound with no exception.
import { parseShell } from '@flightcheck/dockerfile-lint';

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', 'in', 'function', 'select', 'time', 'coproc', 'let', 'declare', 'export', 'local', 'readonly', 'typeset', 'unset', '[', '[[', '!']);
const word = (fc) => fc.string({ unit: fc.constantFrom(...'abcxyz019_./-=:@%+,'.split('')), minLength: 1, maxLength: 8 });
const name = (fc) => fc.tuple(fc.constantFrom(...'abcdefgz'.split('')), fc.string({ unit: fc.constantFrom(...'abz09_-'.split('')), maxLength: 6 })).map(([a, b]) => a + b).filter((n) => !RESERVED.has(n));
/** An argument and how it is written: plain, single-quoted, double-quoted (the value without quotes). */
const arg = (fc) => fc.oneof(
  word(fc).filter((w) => !w.startsWith('-') || w.length > 1).map((w) => ({ text: w, value: w })),
  word(fc).map((w) => ({ text: `'${w} ${w}'`, value: `${w} ${w}` })),
  word(fc).map((w) => ({ text: `"${w}"`, value: w })),
);
const command = (fc) => fc.record({ name: name(fc), args: fc.array(arg(fc), { maxLength: 5 }) });
const SEPARATORS = [' && ', ' || ', ' ; ', ' | ', '\n', ' |& '];
const CHAOS = ['$(', ')', '`', '"', "'", '\\', '{', '}', '[', ']', ';', '&', '|', '<', '>', ' ', '\n', 'a', 'x=1', '#', '$', '${', '<<EOF\n', 'EOF\n', '(', 'if ', 'then ', 'fi', 'done', 'for ', '\u0000', 'é'];

export default {
  name: 'shell',
  about: 'parseShell reads a model of simple commands back exactly; any text is read within 5 s, without an exception',
  arbitrary: (fc) => fc.oneof(
    fc.record({ kind: fc.constant('model'), commands: fc.array(command(fc), { minLength: 1, maxLength: 12 }), seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 12, maxLength: 12 }) }),
    fc.record({ kind: fc.constant('chaos'), parts: fc.array(fc.constantFrom(...CHAOS), { maxLength: 120 }) }),
    fc.record({ kind: fc.constant('deep'), depth: fc.integer({ min: 150, max: 2500 }), open: fc.constantFrom('$(', '(', '{ ', '`', '"$(') }),
  ),
  check(input) {
    let text;
    if (input.kind === 'model') text = input.commands.map((c) => [c.name, ...c.args.map((a) => a.text)].join(' ')).reduce((acc, c, i) => (i ? acc + input.seps[i - 1] + c : c), '');
    else if (input.kind === 'chaos') text = input.parts.join('');
    else if (input.open === '{ ') text = `${'{ '.repeat(input.depth)}true${'; }'.repeat(input.depth)}`;
    else text = `echo ${input.open.repeat(input.depth)}x${(input.open === '`' ? '`' : ')').repeat(input.depth)}`;
    const t0 = performance.now();
    const r = parseShell(text);
    const ms = performance.now() - t0;
    if (ms > 5000) throw new Error(`parseShell took ${Math.round(ms)} ms on ${text.length} characters`);
    if (!Array.isArray(r.commands) || typeof r.hasPipes !== 'boolean') throw new Error('malformed ShellScript');
    for (const c of r.commands) if (typeof c.name !== 'string' || !c.args.every((a) => typeof a === 'string')) throw new Error(`malformed command ${JSON.stringify(c)}`);
    if (r.tooDeep && (r.commands.length || !/nesting deeper than 200/.test(r.error))) throw new Error('a too-deep script must have no commands and say why');
    if (input.kind === 'deep' && input.open.includes('$(') && input.depth > 200 && !r.tooDeep && !r.error) throw new Error(`nesting ${input.depth} deep was read`);
    if (input.kind === 'model') {
      const want = input.commands.map((c) => ({ name: c.name, args: c.args.map((a) => a.value) }));
      if (JSON.stringify(r.commands) !== JSON.stringify(want)) throw new Error(`read ${JSON.stringify(r.commands)} from ${JSON.stringify(text)}`);
      const pipes = input.seps.slice(0, input.commands.length - 1).some((s) => s.includes('|') && !s.includes('||'));
      if (r.hasPipes !== pipes) throw new Error(`hasPipes ${r.hasPipes} for ${JSON.stringify(text)}`);
    }
  },
};
