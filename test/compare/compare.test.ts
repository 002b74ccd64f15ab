import { describe, expect, it } from 'vitest';
import {
  classifyChange,
  compareReports,
  decideGate,
  effectiveTolerance,
} from '../../src/compare/compare.js';
import type { Verdict } from '../../src/compare/types.js';
import { MiB, makeReport, makeWorkload } from './reports.js';

const tolerance = { maxIncreasePercent: 10, maxIncreaseBytes: 8 * MiB };

describe('classifyChange', () => {
  // 100 MiB baseline: 10% is 10 MiB, the larger of the two tolerances.
  // 40 MiB baseline: 10% is 4 MiB, so the 8 MiB absolute tolerance binds.
  const cases: Array<[string, number, number, string]> = [
    ['same peak', 100 * MiB, 100 * MiB, 'unchanged'],
    ['exactly at the relative tolerance', 100 * MiB, 110 * MiB, 'unchanged'],
    ['one byte over both', 100 * MiB, 110 * MiB + 1, 'regressed'],
    ['exactly at the absolute tolerance', 40 * MiB, 48 * MiB, 'unchanged'],
    [
      'one byte over the absolute tolerance',
      40 * MiB,
      48 * MiB + 1,
      'regressed',
    ],
    ['relative only exceeded', 20 * MiB, 27 * MiB, 'unchanged'],
    ['absolute only exceeded', 200 * MiB, 215 * MiB, 'unchanged'],
    ['shrink exactly at the tolerance', 100 * MiB, 90 * MiB, 'unchanged'],
    ['shrink one byte past it', 100 * MiB, 90 * MiB - 1, 'improved'],
    ['shrink past absolute only', 200 * MiB, 185 * MiB, 'unchanged'],
    ['zero baseline, growth past bytes', 0, 9 * MiB, 'regressed'],
    ['zero baseline, growth within bytes', 0, 8 * MiB, 'unchanged'],
    ['large jump past 10%', 4096 * MiB, 4600 * MiB, 'regressed'],
  ];
  it.each(cases)('%s', (_name, baseline, current, expected) => {
    expect(classifyChange(baseline, current, tolerance)).toBe(expected);
  });
});

describe('compareReports verdicts', () => {
  const baseline = makeReport([
    makeWorkload('steady', [100 * MiB]),
    makeWorkload('grows', [100 * MiB]),
    makeWorkload('shrinks', [100 * MiB]),
    makeWorkload('killed', [100 * MiB]),
    makeWorkload('crashes', [100 * MiB]),
    makeWorkload('dropped', [100 * MiB]),
    makeWorkload('was-broken', [null], { outcome: 'failed' }),
  ]);
  const current = makeReport([
    makeWorkload('steady', [101 * MiB]),
    makeWorkload('grows', [150 * MiB]),
    makeWorkload('shrinks', [50 * MiB]),
    makeWorkload('killed', [512 * MiB], { outcome: 'oom-killed' }),
    makeWorkload('crashes', [null], { outcome: 'failed' }),
    makeWorkload('was-broken', [30 * MiB]),
    makeWorkload('brand-new', [30 * MiB]),
  ]);
  const comparison = compareReports(current, baseline);
  const verdictOf = (name: string) =>
    comparison.workloads.find((w) => w.name === name)?.verdict;

  const expected: Array<[string, Verdict]> = [
    ['steady', 'unchanged'],
    ['grows', 'regressed'],
    ['shrinks', 'improved'],
    ['killed', 'oom'],
    ['crashes', 'error'],
    ['dropped', 'missing'],
    ['was-broken', 'new'],
    ['brand-new', 'new'],
  ];
  it.each(expected)('%s is %s', (name, verdict) => {
    expect(verdictOf(name)).toBe(verdict);
  });

  it('fails the gate on the OOM kill first', () => {
    expect(comparison.gate).toBe('oom');
  });

  it('gives the change in bytes and percent', () => {
    const grows = comparison.workloads.find((w) => w.name === 'grows')!;
    expect(grows.deltaBytes).toBe(50 * MiB);
    expect(grows.deltaPercent).toBeCloseTo(50);
  });

  it('keeps the message of a failed workload', () => {
    const crashes = comparison.workloads.find((w) => w.name === 'crashes')!;
    expect(crashes.message).toBe('ended: failed');
    expect(crashes.deltaBytes).toBeNull();
  });

  it('notes a baseline run that failed', () => {
    const broken = comparison.workloads.find((w) => w.name === 'was-broken')!;
    expect(broken.notes.join(' ')).toMatch(/baseline run ended "failed"/);
  });
});

describe('compareReports without a baseline', () => {
  it('makes every workload new and passes', () => {
    const current = makeReport([
      makeWorkload('a', [10 * MiB]),
      makeWorkload('b', [20 * MiB]),
    ]);
    const comparison = compareReports(current, null);
    expect(comparison.workloads.map((w) => w.verdict)).toEqual(['new', 'new']);
    expect(comparison.gate).toBe('passed');
    expect(comparison.baselineReport).toBeUndefined();
  });

  it('still fails on an OOM kill', () => {
    const current = makeReport([
      makeWorkload('a', [10 * MiB], { outcome: 'oom-killed' }),
    ]);
    expect(compareReports(current, null).gate).toBe('oom');
  });

  it('treats a zero baseline peak as new', () => {
    const baseline = makeReport([makeWorkload('a', [0])]);
    const current = makeReport([makeWorkload('a', [20 * MiB])]);
    const [result] = compareReports(current, baseline).workloads;
    expect(result!.verdict).toBe('new');
    expect(result!.baselinePeakBytes).toBeNull();
    expect(result!.deltaBytes).toBeNull();
    expect(result!.notes).toContain(
      'baseline run recorded a peak of 0 B, so nothing was measured to compare with',
    );
  });

  it('treats an ok baseline without peak as new', () => {
    const baseline = makeReport([makeWorkload('a', [null])]);
    const current = makeReport([makeWorkload('a', [20 * MiB])]);
    const [result] = compareReports(current, baseline).workloads;
    expect(result!.verdict).toBe('new');
    expect(result!.notes.join()).toContain('recorded no peak');
    expect(result!.notes.join()).not.toContain('ended "ok"');
  });
});

describe('decideGate', () => {
  const cases: Array<[Verdict[], string]> = [
    [[], 'passed'],
    [['unchanged', 'new', 'missing', 'improved'], 'passed'],
    [['unchanged', 'error'], 'error'],
    [['error', 'regressed'], 'regressed'],
    [['regressed', 'oom', 'error'], 'oom'],
  ];
  it.each(cases)('%j gives %s', (verdicts, gate) => {
    expect(decideGate(verdicts)).toBe(gate);
  });
});

describe('tolerances', () => {
  it('takes the workload override over the run value', () => {
    const result = effectiveTolerance(
      { maxIncreasePercent: 50 },
      { maxIncreasePercent: 20, maxIncreaseBytes: MiB },
    );
    expect(result).toEqual({ maxIncreasePercent: 50, maxIncreaseBytes: MiB });
  });

  it('applies the run tolerance in compareReports', () => {
    const baseline = makeReport([makeWorkload('a', [100 * MiB])]);
    const current = makeReport([makeWorkload('a', [105 * MiB])]);
    const strict = { maxIncreasePercent: 1, maxIncreaseBytes: MiB };
    const loose = compareReports(current, baseline);
    const tight = compareReports(current, baseline, { tolerance: strict });
    expect(loose.workloads[0]!.verdict).toBe('unchanged');
    expect(tight.workloads[0]!.verdict).toBe('regressed');
  });

  it('lets a workload loosen its own tolerance', () => {
    const baseline = makeReport([makeWorkload('a', [100 * MiB])]);
    const current = makeReport([
      makeWorkload('a', [150 * MiB], { maxIncreasePercent: 60 }),
    ]);
    expect(compareReports(current, baseline).workloads[0]!.verdict).toBe(
      'unchanged',
    );
  });
});

describe('noise, headroom and environment', () => {
  it('marks runs that vary more than the tolerance as noisy', () => {
    const baseline = makeReport([makeWorkload('a', [100 * MiB])]);
    const current = makeReport([
      makeWorkload('a', [90 * MiB, 100 * MiB, 125 * MiB]),
    ]);
    const [result] = compareReports(current, baseline).workloads;
    expect(result!.spreadBytes).toBe(35 * MiB);
    expect(result!.noisy).toBe(true);
    expect(result!.notes.join(' ')).toMatch(/noisy/);
  });

  it('does not mark a spread within the tolerance', () => {
    const baseline = makeReport([makeWorkload('a', [100 * MiB])]);
    const current = makeReport([
      makeWorkload('a', [98 * MiB, 100 * MiB, 108 * MiB]),
    ]);
    expect(compareReports(current, baseline).workloads[0]!.noisy).toBe(false);
  });

  it('warns above the headroom share of the limit', () => {
    const limit = { limitBytes: 100 * MiB };
    const current = makeReport([
      makeWorkload('high', [91 * MiB], limit),
      makeWorkload('ok', [90 * MiB], limit),
    ]);
    const [high, ok] = compareReports(current, null).workloads;
    expect(high!.lowHeadroom).toBe(true);
    expect(ok!.lowHeadroom).toBe(false);
    const strict = compareReports(current, null, { headroomPercent: 80 });
    expect(strict.workloads[1]!.lowHeadroom).toBe(true);
  });

  it('notes a different limit and Python version', () => {
    const baseline = makeReport(
      [makeWorkload('a', [100 * MiB], { limitBytes: 256 * MiB })],
      {
        python: { path: '/usr/bin/python3', version: '3.10.12' },
        cgroupVersion: 2,
      },
    );
    const current = makeReport([makeWorkload('a', [100 * MiB])]);
    const comparison = compareReports(current, baseline);
    expect(comparison.environmentDifferences).toContain(
      'python 3.10.12 → 3.11.2',
    );
    expect(comparison.environmentDifferences).toContain('cgroup version 2 → 1');
    expect(comparison.workloads[0]!.notes).toContain(
      'baseline limit 256.0 MiB',
    );
    expect(comparison.workloads[0]!.verdict).toBe('unchanged');
  });
});

describe('compareReports escaped process', () => {
  it('treats a run whose process left its cgroup as an error', () => {
    const baseline = makeReport([makeWorkload('a', [100 * MiB])]);
    const workload = makeWorkload('a', [100 * MiB]);
    workload.runs[0] = {
      ...workload.runs[0]!,
      leftCgroup: true,
      message: 'exited with code 0; a process left the cgroup',
    };
    const comparison = compareReports(makeReport([workload]), baseline);
    expect(comparison.workloads[0]!.verdict).toBe('error');
    expect(comparison.workloads[0]!.message).toContain('left the cgroup');
    expect(comparison.gate).toBe('error');
  });
});

describe('compareReports unenforced limit', () => {
  it('notes a run that would exceed the limit', () => {
    const workload = makeWorkload('a', [600 * MiB]);
    workload.runs[0] = { ...workload.runs[0]!, wouldExceedLimit: true };
    const comparison = compareReports(makeReport([workload]), null);
    const result = comparison.workloads[0]!;
    expect(result.verdict).toBe('new');
    expect(result.lowHeadroom).toBe(true);
    expect(result.notes.join(' ')).toContain('would exceed the limit');
    expect(result.notes.join(' ')).not.toContain('was OOM-killed');
  });
});
