import { describe, expect, it } from 'vitest';
import { medians } from './run.mjs';

describe('bench runner: medians', () => {
  it('reads "label: median N unit" lines and the rows under a header that says median', () => {
    const out = [
      'objects 500 (1.2 MB), runs 5',
      'score (flightcheck compliance)    : median   1234 ms   [1200, 1300]',
      'dockerfile-lint: 100 Dockerfiles, median [min–max] of 5 runs',
      '  no ShellCheck: 812 ms [800 ms–830 ms]',
      '  CLI startup: flightcheck --help 95 ms [90 ms–99 ms]; dockerfile-lint on 1 file 120 ms',
      'ratio 1.2',
    ].join('\n');
    expect(medians(out)).toEqual([
      ['score (flightcheck compliance)', '1234 ms'],
      ['no ShellCheck', '812 ms'],
    ]);
    expect(medians('no figures here\n')).toEqual([]);
  });
});
