// The two YAML paths of the manifest reader (@flightcheck/k8s): whenever the fast
// path (js-yaml) answers, it reads every document as the reference path (`yaml`) does: same data, file, line; and
// when the reference refuses a stream (syntax, aliases), the fast path does not accept it.
import { fastDocuments, yamlDocuments } from '@flightcheck/k8s';

const SCALARS = ['x', 'nginx:1.25', '"quoted: yes"', "'single # not a comment'", 'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'False', '~', 'null', 'Null', '', '0', '010', '0o10', '0x1F', '1e3', '1_000', '.5', '-.inf', '.NaN', '2024-01-01', '12:30', '1:2:3', '"\\u00e9"', '"a\\tb"', '!!str 5', '&a1 v', '*a1', '"*a1"', '-', '- x', '? k', '@x', '`x', '|', '>', 'a #c', 'a#b', '"#"', 'é', '"\\ud800"'];
const KEYS = ['name', 'image', 'a b', '"q"', "'s'", 'on', 'yes', '1', 'null', '<<', '"<<"', 'k: v', '~', 'x'];

const scalar = (fc) => fc.constantFrom(...SCALARS);
const value = (fc, depth) => depth <= 0 ? scalar(fc) : fc.oneof(
  { weight: 4, arbitrary: scalar(fc) },
  { weight: 1, arbitrary: fc.array(value(fc, depth - 1), { maxLength: 3 }).map((l) => ({ list: l })) },
  { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...KEYS), value(fc, depth - 1)), { maxLength: 3 }).map((m) => ({ map: m })) },
  { weight: 1, arbitrary: fc.array(scalar(fc), { maxLength: 3 }).map((l) => ({ flow: l })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('|', '>', '|-', '>+'), fc.array(fc.constantFrom('line', '  indented', '', '# not comment', 'a: b'), { minLength: 1, maxLength: 3 })).map(([style, lines]) => ({ block: style, lines })) },
);

function render(v, indent) {
  const pad = ' '.repeat(indent);
  if (typeof v === 'string') return ` ${v}`;
  if (v.flow) return ` [${v.flow.join(', ')}]`;
  if (v.block) return ` ${v.block}\n${v.lines.map((l) => `${pad}  ${l}`).join('\n')}`;
  if (v.list) return v.list.length ? `\n${v.list.map((x) => `${pad}-${render(x, indent + 2).replace(/^\n\s*/, ' ')}`).join('\n')}` : ' []';
  return v.map.length ? `\n${v.map.map(([k, x]) => `${pad}${k}:${render(x, indent + 2)}`).join('\n')}` : ' {}';
}

const doc = (fc) => fc.tuple(
  fc.constantFrom('Pod', 'Deployment', 'Service', 'ConfigMap', 'List'),
  fc.array(fc.tuple(fc.constantFrom(...KEYS), value(fc, 2)), { maxLength: 4 }),
  fc.constantFrom('', '# Source: chart/templates/a.yaml\n', '# comment\n'),
).map(([kind, fields, head]) => `${head}apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n${fields.map(([k, v]) => `${k}:${render(v, 2)}`).join('\n')}\n`);

export default {
  name: 'yaml',
  about: 'the fast YAML path (js-yaml) reads every stream it accepts exactly as the reference path (yaml) does',
  arbitrary: (fc) => fc.tuple(fc.array(doc(fc), { minLength: 1, maxLength: 3 }), fc.constantFrom('---\n', '--- \n', '---\n# c\n', '\n---\n')).map(([docs, sep]) => docs.join(sep)),
  check(src) {
    let fast;
    let fastError;
    try {
      fast = fastDocuments(src, 'm.yaml');
    } catch (e) {
      fastError = e;
    }
    if (!fastError && fast === undefined) return; // the fast path handed the stream to the reference
    let ref;
    let refError;
    try {
      ref = [...yamlDocuments(src, 'm.yaml')];
    } catch (e) {
      refError = e;
    }
    if (fastError) {
      if (!['InputError', 'ManifestError', 'NestingError'].includes(fastError.name)) throw new Error(`fast path threw ${fastError.name}: ${fastError.message}`);
      if (!refError) throw new Error(`fast path refused (${fastError.message}) a stream yaml reads`);
      return;
    }
    if (refError) throw new Error(`fast path accepted a stream yaml refuses: ${refError.message}`);
    const a = JSON.stringify(fast);
    const b = JSON.stringify(ref);
    if (a !== b) throw new Error(`the paths disagree:\nfast ${a.slice(0, 600)}\nyaml ${b.slice(0, 600)}`);
  },
};
