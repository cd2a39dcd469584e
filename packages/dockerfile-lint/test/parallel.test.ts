import { describe, expect, it } from 'vitest';
import { flightcheck, tempDir, write } from './helpers.js';

// A varied corpus: parse errors, empty files, pragmas, exec form, ONBUILD, heredocs, several stages.
function corpus(n: number): string {
  const dir = tempDir('dl-par-it-');
  for (let i = 0; i < n; i++) {
    const variants = [
      `FROM debian:${i}\nRUN apt-get update && apt-get install -y curl${i} && cd /x && make -j${i}\n`,
      `# hadolint global ignore=DL3006\nFROM ubuntu\nRUN ["sh", "-c", "echo ${i}"]\nONBUILD RUN pip install q${i}\nMAINTAINER me\n`,
      `FROM a AS b${i}\n# hadolint ignore=DL3003\nRUN cd /y && wget http://x/${i} | tar x\nFROM b${i}\nCOPY --from=b${i} /a /b\nUSER root\n`,
      'FROM a\nRUN <<EOF\necho\n',
      '',
      `FROM alpine:3\nRUN <<EOT\napk add p${i}\nsudo ls\nEOT\nEXPOSE ${i}\nHEALTHCHECK CMD x || exit 1\n`,
    ];
    write(dir, `svc-${i}/Dockerfile`, variants[i % variants.length]!);
  }
  return dir;
}

describe('dockerfile-lint in worker threads (--jobs)', () => {
  it('prints exactly what one thread prints, in every format', () => {
    const dir = corpus(130);
    for (const format of ['hadolint-json', 'json', 'sarif']) {
      const one = flightcheck(['dockerfile-lint', '--engine', 'builtin', '--no-shellcheck', '-f', format, '-j', '1', dir]);
      const two = flightcheck(['dockerfile-lint', '--engine', 'builtin', '--no-shellcheck', '-f', format, '-j', '2', dir]);
      expect(one.code).toBe(1);
      const norm = (s: string) => s.replace(/"(durationMs|startedAt|finishedAt|generatedAt|timestamp|startTimeUtc|endTimeUtc)": ?("[^"]*"|\d+)/g, '"$1": 0');
      expect(norm(two.stdout)).toBe(norm(one.stdout));
      expect(two.stderr).toBe(one.stderr);
    }
  }, 120_000);
  it('reports each unreadable file as an error result of its own, with every other file linted, as one thread does', () => {
    const dir = corpus(80);
    write(dir, 'svc-30/Dockerfile', Buffer.from([0, 0xff, 1]));
    write(dir, 'svc-70/Dockerfile', Buffer.from([0, 0xff, 2]));
    const one = flightcheck(['dockerfile-lint', '--engine', 'builtin', '--no-shellcheck', '-j', '1', dir]);
    const two = flightcheck(['dockerfile-lint', '--engine', 'builtin', '--no-shellcheck', '-j', '2', dir]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    for (const bad of ['svc-30', 'svc-70']) expect(one.stdout).toMatch(new RegExp(`${bad}/Dockerfile: is a binary file`));
    // the 78 readable files are linted all the same
    expect(one.stdout.match(/^dockerfile-lint · /gm)).toHaveLength(80);
  }, 120_000);
  it('rejects a --jobs that is not a whole number from 1 to 64', () => {
    const r = flightcheck(['dockerfile-lint', '--engine', 'builtin', '-j', '0', corpus(1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be/);
  });
});
