import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flightcheck, repo } from './helpers.js';

const CORPUS = 'packages/dockerfile-lint/test/fixtures/corpus';

describe('dockerfile-lint over a corpus of real-world shapes (built CLI, real ShellCheck)', () => {
  const r = flightcheck(['dockerfile-lint', '--engine', 'builtin', '-f', 'hadolint-json', CORPUS], { cwd: repo });
  const items = JSON.parse(r.stdout) as { code: string; file: string; line: number; message: string }[];

  it('takes every Dockerfile name of the corpus and no .dockerignore, and says how many it took', () => {
    const all = flightcheck(['dockerfile-lint', '--engine', 'builtin', '--no-shellcheck', '-f', 'json', CORPUS], { cwd: repo });
    const targets = (JSON.parse(all.stdout) as { results: { target: string }[] }).results.map((x) => x.target.slice(CORPUS.length + 1));
    expect(targets).toEqual(['ci/Dockerfile-ci', 'ci/tools.dockerfile', 'go-service/Dockerfile', 'node-web/Dockerfile', 'python-app/Dockerfile', 'windows-iis/Dockerfile']);
    expect(r.stderr).toContain(`flightcheck: dockerfile-lint: took 6 Dockerfiles from directory ${CORPUS} (names Dockerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile, *.dockerfile;`);
  });

  it('finds exactly what hadolint 2.15 would, with its messages', () => {
    expect(items.map((i) => `${i.file.slice(CORPUS.length + 1)}:${i.line} ${i.code} ${i.message}`)).toEqual([
      'ci/Dockerfile-ci:4 DL3066 Non-numeric user-id may not be resolvable by host system',
      'ci/tools.dockerfile:2 DL3009 Delete the apt lists (/var/lib/apt/lists) after installing something',
      'node-web/Dockerfile:16 DL3060 `yarn cache clean` missing after `yarn install` was run.',
      'windows-iis/Dockerfile:12 DL3066 Non-numeric user-id may not be resolvable by host system',
    ]);
    expect(r.code).toBe(1);
  });

  it('hands no Windows RUN to ShellCheck and says so for that file only', () => {
    const notices = r.stderr.split('\n').filter((l) => l.includes('not handed to ShellCheck'));
    expect(notices).toEqual([
      `flightcheck: dockerfile-lint: ${join(CORPUS, 'windows-iis/Dockerfile')}: 2 RUNs (lines 4, 8) were not handed to ShellCheck: their shell is cmd (Docker's default shell on Windows: # escape=\` and no SHELL), powershell, not a POSIX shell (the DL rules still read them, as hadolint does)`,
    ]);
    expect(items.some((i) => i.code.startsWith('SC'))).toBe(false);
  });
});
