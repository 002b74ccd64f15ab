// Reading and merging the report files of `mode: report`, from real files
// in a temp folder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mergeReports, readReportFiles } from '../../src/action/reports.js';
import { UsageError } from '../../src/errors.js';
import { makeReport, makeWorkload, MiB } from '../compare/reports.js';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'memgate-report-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readReportFiles', () => {
  it('rejects the no-baseline file', async () => {
    await writeFile(
      join(folder, 'baseline.json'),
      JSON.stringify({
        schemaVersion: 1,
        memgateVersion: '0.1.0',
        createdAt: '2026-01-01T00:00:00.000Z',
        selection: { found: false, store: 'branch' },
        workloads: [],
      }),
    );
    const failure = readReportFiles('*.json', folder);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(
      /baseline\.json is the "no baseline" file/,
    );
  });

  it('reads a measured report', async () => {
    const report = makeReport([makeWorkload('a', [10 * MiB])]);
    await writeFile(join(folder, 'report.json'), JSON.stringify(report));
    const files = await readReportFiles('*.json', folder);
    expect(files).toHaveLength(1);
    expect(files[0]!.report.workloads[0]!.name).toBe('a');
  });
});

describe('mergeReports settings', () => {
  function shard(index: number, maxIncreasePercent: number) {
    return {
      ...makeReport([makeWorkload(`w${index}`, [10 * MiB])]),
      shard: `${index}/2`,
      settings: { maxIncreasePercent },
    };
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function captureStdout(): () => string {
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    return () => printed;
  }

  it('keeps equal settings silently', () => {
    const printed = captureStdout();
    const merged = mergeReports([shard(2, 5), shard(1, 5)]);
    expect(merged.settings).toEqual({ maxIncreasePercent: 5 });
    expect(printed()).not.toContain('::warning');
  });

  it('uses the first shard and warns', () => {
    const printed = captureStdout();
    const merged = mergeReports([shard(2, 50), shard(1, 5)]);
    expect(merged.settings).toEqual({ maxIncreasePercent: 5 });
    expect(printed()).toContain('::warning::');
    expect(printed()).toContain('different configuration settings');
    expect(printed()).toContain('The settings of shard 1/2 apply');
  });
});
