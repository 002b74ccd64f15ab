// Pure parts of the action, tested without a runner: command splitting,
// shards, report merging, the size cut and input validation.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { splitCommandLine } from '../../src/action/command-line.js';
import { readInputs } from '../../src/action/inputs.js';
import { mergeReports } from '../../src/action/reports.js';
import { parseShard, selectShard } from '../../src/action/shard.js';
import { UsageError } from '../../src/errors.js';
import { compareReports } from '../../src/compare/compare.js';
import { escapeMarkdown } from '../../src/compare/markdown.js';
import { renderComment } from '../../src/render/comment.js';
import { fitBody } from '../../src/render/fit.js';
import type { Report } from '../../src/report/types.js';
import { fixturePath } from '../support/action-runner.js';

describe('splitCommandLine', () => {
  it.each([
    ['python3 train.py', ['python3', 'train.py']],
    ['  python3   -c  "print(1)" ', ['python3', '-c', 'print(1)']],
    [
      `python3 -c 'import sys; print("a b")'`,
      ['python3', '-c', 'import sys; print("a b")'],
    ],
    ['run a\\ b "" x', ['run', 'a b', '', 'x']],
    ['echo "say \\"hi\\""', ['echo', 'say "hi"']],
    ['', []],
  ])('splits %j', (line, expected) => {
    expect(splitCommandLine(line, 'input "command"')).toEqual(expected);
  });

  it('rejects an open quote', () => {
    expect(() =>
      splitCommandLine(`python3 -c 'print(1)`, 'input "command"'),
    ).toThrow(/Invalid input "command" .*' quote is not closed/);
  });
});

describe('shards', () => {
  it.each([
    ['1/1', { index: 1, total: 1 }],
    ['2/4', { index: 2, total: 4 }],
    [' 3 / 3 ', { index: 3, total: 3 }],
  ])('parses %j', (text, expected) => {
    expect(parseShard(text)).toEqual(expected);
  });

  it.each(['0/4', '5/4', '2', 'a/b', '1/0', '-1/2'])('rejects %j', (text) => {
    expect(() => parseShard(text)).toThrow(UsageError);
  });

  it('puts every workload in exactly one shard', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    const shards = [1, 2, 3].map((index) =>
      selectShard(items, { index, total: 3 }),
    );
    expect(shards[0]).toEqual([0, 3, 6, 9]);
    expect(shards[1]).toEqual([1, 4, 7]);
    expect(shards.flat().sort((a, b) => a - b)).toEqual(items);
  });
});

describe('mergeReports', () => {
  async function load(name: string): Promise<Report> {
    return JSON.parse(await readFile(fixturePath(`reports/${name}`), 'utf8'));
  }

  it('restores configuration order from shards', async () => {
    const shards = await Promise.all(
      ['shard-3-of-3.json', 'shard-1-of-3.json', 'shard-2-of-3.json'].map(load),
    );
    const merged = mergeReports(shards);
    expect(merged.workloads.map((w) => w.name)).toEqual([
      'w1-parse',
      'w2-index',
      'w3-train',
      'w4-export',
      'w5-score',
      'w6-plot',
    ]);
    expect(merged.shard).toBeUndefined();
  });

  it('rejects a workload in two reports', async () => {
    const shard = await load('shard-1-of-3.json');
    const copy = { ...shard, shard: '2/3' };
    const third = await load('shard-3-of-3.json');
    expect(() => mergeReports([shard, copy, third])).toThrow(
      /Workload "w1-parse" is in more than one report/,
    );
  });
});

describe('mergeReports shard checks', () => {
  async function shard(index: number, total = 3): Promise<Report> {
    const name = `shard-${Math.min(index, 3)}-of-3.json`;
    const report: Report = JSON.parse(
      await readFile(fixturePath(`reports/${name}`), 'utf8'),
    );
    return { ...report, shard: `${index}/${total}` };
  }

  it('names a missing shard', async () => {
    const reports = [await shard(1), await shard(3)];
    expect(() => mergeReports(reports, ['a.json', 'c.json'])).toThrow(
      /shard 2\/3 is missing/,
    );
  });

  it('names a duplicate shard', async () => {
    const reports = [await shard(1), await shard(2), await shard(2)];
    expect(() => mergeReports(reports)).toThrow(
      /shard 2\/3 is in more than one report.*shard 3\/3|shard 3\/3 is missing, shard 2\/3 is in more than one report/,
    );
  });

  it('rejects differing totals', async () => {
    const reports = [await shard(1), await shard(2), await shard(3, 7)];
    expect(() => mergeReports(reports, ['a', 'b', 'c'])).toThrow(
      /different sizes \(a: 1\/3, b: 2\/3, c: 3\/7\)/,
    );
  });

  it('rejects a lone shard of several', async () => {
    const lone = await shard(2);
    expect(() => mergeReports([lone])).toThrow(
      /shard 1\/3 is missing, shard 3\/3 is missing/,
    );
  });

  it('rejects an unsharded report among several', async () => {
    const whole = { ...(await shard(1)), shard: undefined };
    const second = await shard(2);
    expect(() =>
      mergeReports([whole, second], ['whole.json', 'b.json']),
    ).toThrow(/Report whole\.json has no "shard"/);
  });

  it('bounds a huge shard total', async () => {
    const reports = [
      await shard(1, 1_000_000_000),
      await shard(2, 1_000_000_000),
    ];
    expect(() => mergeReports(reports)).toThrow(
      /shard 3\/1000000000 is missing.*shards 23\/1000000000 to 1000000000\/1000000000 are missing/,
    );
  });

  it('accepts one report without shard', async () => {
    const whole = { ...(await shard(1)), shard: undefined };
    expect(mergeReports([whole]).workloads).toHaveLength(2);
  });
});

describe('fitBody', () => {
  const notice = (dropped: number) => `${dropped} left out`;
  const parts = {
    head: 'HEAD',
    details: ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)],
    footer: 'FOOT',
  };

  it('keeps everything that fits', () => {
    const body = fitBody(parts, 1000, notice, 'TOO LONG');
    expect(body).toContain('c'.repeat(40));
    expect(body).not.toContain('left out');
  });

  it('drops details from the end', () => {
    const body = fitBody(parts, 100, notice, 'TOO LONG');
    expect(body.length).toBeLessThanOrEqual(100);
    expect(body).toContain('a'.repeat(40));
    expect(body).not.toContain('b'.repeat(40));
    expect(body).toContain('2 left out');
    expect(body.startsWith('HEAD')).toBe(true);
    expect(body.trimEnd().endsWith('FOOT')).toBe(true);
  });

  it('falls back when the head is too long', () => {
    const body = fitBody(
      { ...parts, head: 'H'.repeat(200) },
      100,
      notice,
      'TOO LONG',
    );
    expect(body).toBe('TOO LONG\n\nFOOT\n');
  });
});

describe('readInputs', () => {
  const saved = { ...process.env };

  afterEach(() => {
    process.env = { ...saved };
  });

  function setInputs(inputs: Record<string, string>) {
    for (const [name, value] of Object.entries(inputs)) {
      process.env[`INPUT_${name.toUpperCase()}`] = value;
    }
  }

  it('reads a command with overrides', () => {
    setInputs({
      command: 'python3 "my script.py"',
      limit: '1.5GiB',
      repeat: '3',
      timeout: '2147483',
      'max-increase': '5%',
      'max-increase-bytes': '0',
      shard: '2/4',
      mode: 'measure',
    });
    const inputs = readInputs();
    expect(inputs.command).toEqual(['python3', 'my script.py']);
    expect(inputs.limitBytes).toBe(1.5 * 1024 ** 3);
    expect(inputs.repeat).toBe(3);
    expect(inputs.timeoutSeconds).toBe(2147483);
    expect(inputs.tolerance).toEqual({
      maxIncreasePercent: 5,
      maxIncreaseBytes: 0,
    });
    expect(inputs.shard).toEqual({ index: 2, total: 4 });
    expect(inputs.mode).toBe('measure');
    expect(inputs.failOnRegression).toBe(true);
  });

  it.each([
    [{ limit: '512m' }, /Invalid input "limit" "512m"/],
    [{ repeat: '1.5' }, /Invalid input "repeat" "1.5": write a whole number/],
    [{ repeat: '0x3' }, /Invalid input "repeat" "0x3": write a whole number/],
    [{ repeat: '1e1' }, /Invalid input "repeat" "1e1"/],
    [{ repeat: '1.0' }, /Invalid input "repeat" "1.0"/],
    [
      { timeout: '2147484' },
      /Invalid input "timeout" "2147484".*at most 2147483/,
    ],
    [{ timeout: '1e9' }, /Invalid input "timeout" "1e9"/],
    [{ timeout: '-3' }, /Invalid input "timeout" "-3"/],
    [
      { mode: 'fast' },
      /Invalid input "mode" "fast": use one of run, measure, report/,
    ],
    [{ comment: 'sometimes' }, /use one of always, on-change, never/],
    [{ 'fail-on-regression': 'yes' }, /use true or false/],
    [{ 'comment-key': 'a --> b' }, /Invalid input "comment-key"/],
    [{ command: 'x', config: 'memgate.toml' }, /both set/],
    [{ shard: '1/2' }, /Input "shard" is set with mode "run"/],
  ])('rejects %j', (inputs, message) => {
    setInputs(inputs);
    expect(() => readInputs()).toThrow(message);
  });
});

describe('renderComment', () => {
  it('shows the spread of noisy runs', async () => {
    const baseline: Report = JSON.parse(
      await readFile(fixturePath('reports/baseline.json'), 'utf8'),
    );
    const current: Report = structuredClone(baseline);
    const workload = current.workloads[0]!;
    const MiB = 1024 * 1024;
    workload.runs = [20, 40, 60].map((peak) => ({
      ...workload.runs[0]!,
      peakBytes: peak * MiB,
    }));
    workload.minPeakBytes = 20 * MiB;
    workload.maxPeakBytes = 60 * MiB;
    workload.repeat = 3;
    const comparison = compareReports(current, baseline);
    const body = renderComment(comparison, '<!-- memgate:test -->', {
      runUrl: null,
    });
    expect(comparison.workloads[0]!.noisy).toBe(true);
    expect(body).toContain(
      `${escapeMarkdown('w1-parse')}: the runs' peaks spread over 40.0 MiB`,
    );
    expect(body).toContain('| 3 | 60.0 MiB | ok |');
    expect(body.startsWith('<!-- memgate:test -->\n')).toBe(true);
  });

  it('replaces a table over the limit with a pointer', async () => {
    const baseline: Report = JSON.parse(
      await readFile(fixturePath('reports/baseline.json'), 'utf8'),
    );
    const current: Report = structuredClone(baseline);
    const template = current.workloads[0]!;
    current.workloads = Array.from({ length: 1000 }, (_, index) => ({
      ...template,
      name: `workload-with-a-long-descriptive-name-${index}`,
    }));
    const body = renderComment(
      compareReports(current, null),
      '<!-- memgate:test -->',
      {
        runUrl: 'https://github.com/octo/widgets/actions/runs/1',
      },
    );
    expect(body.length).toBeLessThan(1000);
    expect(body).toContain('The result table of 1000 workloads is longer than');
    expect(body).toContain(
      '[workflow run](https://github.com/octo/widgets/actions/runs/1)',
    );
    expect(body.startsWith('<!-- memgate:test -->\n### ✅')).toBe(true);
  });
});
