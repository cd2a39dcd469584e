// Dockerfile parser + built-in rules: any text of instruction-like lines is linted without an exception (a file
// that cannot be parsed is one DL1000 finding), and every finding is well formed and points into the file.
import { SEVERITIES } from '@flightcheck/core';
import { lintText } from '@flightcheck/dockerfile-lint';

const CFG = { trustedRegistries: [], labelSchema: {}, strictLabels: false };
const LINES = ['FROM debian:12', 'FROM scratch AS b', 'FROM ${X}', 'RUN apt-get install -y curl', 'RUN cd /x && make', 'RUN ["sh", "-c", "x"]', 'RUN <<EOF', 'echo hi', 'EOF', 'COPY . /app', 'COPY --from=b /a /b', 'ADD http://x/y /z', 'ENV A=1 B="2 3"', 'ARG V', 'LABEL a=b', 'USER root', 'USER 1000', 'WORKDIR rel', 'EXPOSE 99999', 'HEALTHCHECK NONE', 'SHELL ["/bin/bash", "-c"]', 'ONBUILD RUN x', 'CMD x', 'ENTRYPOINT ["a"]', '# hadolint ignore=DL3008', '# comment', '\\', 'RUN a \\', '  && b', '', '   ', 'nonsense here', 'FROM', 'RUN', '\t', 'MAINTAINER x', 'STOPSIGNAL 9', 'VOLUME /v', '# syntax=docker/dockerfile:1', '# escape=`', 'RUN echo $(echo $(echo x))', '\u0000', 'RUN é', 'COPY --chmod=777 a b'];

export default {
  name: 'dockerfile',
  about: 'lintText never throws; every finding has a known severity, the file and a line inside it',
  arbitrary: (fc) => fc.array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...LINES) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }), { maxLength: 40 }),
  check(lines) {
    const text = lines.join('\n');
    const out = lintText(text, 'Dockerfile', CFG);
    const all = out.parseError ? [out.parseError] : out.findings;
    const count = text.split('\n').length;
    for (const f of all) {
      if (typeof f.ruleId !== 'string' || !SEVERITIES.includes(f.severity) || typeof f.message !== 'string' || !f.message) throw new Error(`malformed finding ${JSON.stringify(f)}`);
      if (f.location?.file !== 'Dockerfile') throw new Error(`finding on ${f.location?.file}`);
      const line = f.location.line ?? 1;
      if (!(line >= 1 && line <= count + 1)) throw new Error(`${f.ruleId} on line ${line} of a ${count}-line file`);
    }
    if (out.parseError && out.findings.length) throw new Error('rules ran on a file that did not parse');
  },
};
