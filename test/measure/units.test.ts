import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyRun, type RunEnding } from '../../src/measure/outcome.js';
import { LineTail } from '../../src/measure/stderr-tail.js';
import { median, worstRun } from '../../src/measure/summary.js';
import { downsampleTimeline, maxParts } from '../../src/measure/timeline.js';
import type { RunRecord } from '../../src/report/types.js';
import { writeReport } from '../../src/report/write.js';

const base: RunEnding = {
  command: ['python3', 'train.py'],
  limitBytes: 64 * 1024 ** 2,
  timeoutSeconds: 30,
  timedOut: false,
  oomKills: 0,
  exitCode: 0,
  signal: null,
  wouldExceedLimit: false,
  peakBytes: 1000,
  stderrTail: ['Traceback', 'MemoryError'],
};

describe('classifyRun', () => {
  it.each([
    [
      { timedOut: true, oomKills: 1, signal: 'SIGKILL' },
      'timeout',
      'timed out after 30 s',
    ],
    [
      { oomKills: 2, signal: 'SIGKILL', exitCode: null },
      'oom-killed',
      'OOM-killed at the 64.0 MiB limit (2 OOM kills)',
    ],
    [{ oomKills: 1, exitCode: 0 }, 'oom-killed', '(1 OOM kill)'],
    [{ signal: 'SIGKILL', exitCode: null }, 'killed', 'killed by SIGKILL'],
    [{ exitCode: 3 }, 'failed', 'exited with code 3'],
    [{}, 'ok', 'exited with code 0'],
  ] as const)('ranks %j as %s', (change, outcome, text) => {
    const result = classifyRun({ ...base, ...change });
    expect(result.outcome).toBe(outcome);
    expect(result.message).toContain(text);
    expect(result.message).toContain('python3 train.py');
  });

  it('adds the stderr tail to a failure only', () => {
    expect(classifyRun({ ...base, exitCode: 1 }).message).toContain(
      '  MemoryError',
    );
    expect(classifyRun(base).message).not.toContain('MemoryError');
  });

  it('leads with would exceed the limit', () => {
    const result = classifyRun({
      ...base,
      wouldExceedLimit: true,
      peakBytes: 100 * 1024 ** 2,
    });
    expect(result.outcome).toBe('ok');
    expect(result.message).toMatch(
      /^would exceed the limit: sampled peak 100\.0 MiB/,
    );
  });
});

describe('LineTail', () => {
  it('keeps the last lines across chunks', () => {
    const tail = new LineTail(3);
    tail.push('one\ntw');
    tail.push('o\nthree\nfour\nfi');
    expect(tail.toArray()).toEqual(['three', 'four', 'fi']);
  });

  it('cuts very long lines', () => {
    const tail = new LineTail(2);
    tail.push(`${'x'.repeat(10_000)}\n`);
    expect(tail.toArray()[0]).toHaveLength(500);
  });

  it('removes control characters', () => {
    const tail = new LineTail(3);
    tail.push('\u001b[31mred\u001b[0m\tend\r\n50%\r100%\u0007\n\u009bC1');
    expect(tail.toArray()).toEqual(['[31mred[0m\tend', '50%100%', 'C1']);
  });
});

describe('timeline', () => {
  const samples = Array.from({ length: 1000 }, (_, index) => ({
    tMs: index * 50,
    usageBytes: index === 777 ? 10_000 : index,
    anonBytes: index,
    fileBytes: 1000 - index,
  }));

  it('downsamples and keeps the spike', () => {
    const kept = downsampleTimeline(samples, 200);
    expect(kept).toHaveLength(200);
    expect(kept.some((sample) => sample.usageBytes === 10_000)).toBe(true);
  });

  it('leaves a short timeline alone', () => {
    expect(downsampleTimeline(samples.slice(0, 5), 200)).toHaveLength(5);
  });

  it('finds the largest anon and file parts', () => {
    expect(maxParts(samples)).toEqual({
      maxAnonBytes: 999,
      maxFileBytes: 1000,
    });
    expect(maxParts([])).toBeUndefined();
  });
});

describe('summary', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[4, 1, 3, 10], 4],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('picks the worst run', () => {
    const run = (outcome: RunRecord['outcome']) => ({ outcome }) as RunRecord;
    expect(
      worstRun([run('ok'), run('failed'), run('oom-killed')]).outcome,
    ).toBe('oom-killed');
    expect(worstRun([run('killed'), run('timeout')]).outcome).toBe('timeout');
  });
});

describe('writeReport', () => {
  it('writes JSON and leaves no temporary file', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'memgate-write-'));
    try {
      const file = path.join(folder, 'sub', 'report.json');
      await writeReport(file, { workloads: [] } as never);
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        workloads: [],
      });
      expect(await readdir(path.dirname(file))).toEqual(['report.json']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
