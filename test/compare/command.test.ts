import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parsePercent } from '../../src/commands/compare.js';
import { UsageError } from '../../src/errors.js';
import { MiB, makeReport, makeWorkload } from './reports.js';

const fixture = (name: string) =>
  join(import.meta.dirname, '../../fixtures/reports', name);

let output: string;
let folder: string;
beforeEach(async () => {
  output = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    output += String(chunk);
    return true;
  });
  folder = await mkdtemp(join(tmpdir(), 'memgate-compare-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

const compare = (report: string, ...extra: string[]) =>
  main([
    '--baseline',
    fixture('baseline.json'),
    '--report',
    fixture(report),
    ...extra,
  ]);

describe('memgate compare exit status', () => {
  const cases: Array<[string, number, RegExp]> = [
    ['baseline.json', 0, /Memory check passed/],
    ['report-improved.json', 0, /🟢 improved/],
    ['report-regressed.json', 1, /🔴 regressed/],
    ['report-oom.json', 1, /OOM-killed/],
    ['report-error.json', 1, /nothing was measured/],
  ];
  it.each(cases)('%s exits %i', async (report, code, text) => {
    expect(await compare(report)).toBe(code);
    expect(output).toMatch(text);
  });

  it('passes a regression within a looser tolerance', async () => {
    expect(
      await compare('report-regressed.json', '--max-increase', '40%'),
    ).toBe(0);
    expect(
      await compare('report-regressed.json', '--max-increase-bytes', '64MiB'),
    ).toBe(0);
  });
});

describe('memgate compare output files', () => {
  it('writes the Markdown and JSON files', async () => {
    const markdown = join(folder, 'out', 'result.md');
    const json = join(folder, 'result.json');
    await compare(
      'report-regressed.json',
      '--markdown',
      markdown,
      '--json',
      json,
    );
    expect(await readFile(markdown, 'utf8')).toBe(output);
    const summary = JSON.parse(await readFile(json, 'utf8'));
    expect(summary.gate).toBe('regressed');
    expect(summary.workloads[1].deltaBytes).toBe(60 * 1024 * 1024);
    expect(await readdir(folder)).toEqual(['out', 'result.json']);
  });
});

describe('memgate compare output failures', () => {
  it('names a folder given as --markdown', async () => {
    const failure = compare('report-regressed.json', '--markdown', folder);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(
      /Cannot write --markdown ".*": EISDIR \(it is a folder\).*gate result above is "regressed"/,
    );
    expect(output).toContain('🔴 regressed');
    expect(await readdir(folder)).toEqual([]);
  });

  it('names an unwritable --json path', async () => {
    const failure = compare('baseline.json', '--json', '/proc/version');
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(
      /Cannot write --json "\/proc\/version"/,
    );
  });

  it('rejects an input as output', async () => {
    const baseline = join(folder, 'baseline.json');
    const text = await readFile(fixture('baseline.json'), 'utf8');
    await writeFile(baseline, text);
    const failure = main([
      '--baseline',
      baseline,
      '--report',
      fixture('report-regressed.json'),
      '--markdown',
      baseline,
    ]);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(
      /Invalid --markdown .* is also an input/,
    );
    expect(await readFile(baseline, 'utf8')).toBe(text);
  });
});

describe('memgate compare zero byte tolerance', () => {
  const write = async (name: string, peak: number) => {
    const file = join(folder, name);
    await writeFile(
      file,
      JSON.stringify(makeReport([makeWorkload('a', [peak])])),
    );
    return file;
  };
  const run = async (...extra: string[]) =>
    main([
      '--baseline',
      await write('b.json', 100 * MiB),
      '--report',
      await write('c.json', 101 * MiB),
      ...extra,
    ]);

  it('passes 1 MiB growth by default', async () => {
    expect(await run()).toBe(0);
  });

  it('fails 1 MiB growth with zero tolerances', async () => {
    expect(await run('--max-increase', '0', '--max-increase-bytes', '0')).toBe(
      1,
    );
    expect(output).toContain('🔴 regressed');
  });

  it('accepts 0MiB and rejects 0m', async () => {
    expect(await run('--max-increase-bytes', '0MiB')).toBe(0);
    await expect(run('--max-increase-bytes', '0m')).rejects.toThrow(
      /Invalid --max-increase-bytes "0m"/,
    );
  });
});

describe('memgate compare usage errors', () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      'missing --baseline',
      ['--report', fixture('baseline.json')],
      /Missing --baseline FILE/,
    ],
    [
      'missing file',
      [
        '--baseline',
        '/nonexistent/b.json',
        '--report',
        fixture('baseline.json'),
      ],
      /Cannot read --baseline "\/nonexistent\/b\.json": no such file/,
    ],
    [
      'corrupt file',
      [
        '--baseline',
        fixture('baseline-corrupt.json'),
        '--report',
        fixture('baseline.json'),
      ],
      /Corrupt report in --baseline ".*baseline-corrupt\.json": it is not valid JSON/,
    ],
    [
      'future schema',
      [
        '--baseline',
        fixture('baseline-future-schema.json'),
        '--report',
        fixture('baseline.json'),
      ],
      /written by memgate 2\.0\.0 with schema 2.*Upgrade memgate/,
    ],
    [
      'invalid percent',
      ['--max-increase', 'ten', '--baseline', 'a', '--report', 'b'],
      /Invalid --max-increase "ten"/,
    ],
    [
      'invalid size',
      ['--max-increase-bytes', '8m', '--baseline', 'a', '--report', 'b'],
      /Invalid --max-increase-bytes "8m"/,
    ],
    ['unknown option', ['--tolerance', '5'], /Unknown option '--tolerance'/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const failure = main(args);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
  });

  it('rejects swapped no-baseline file', async () => {
    const noBaseline = join(folder, 'no-baseline.json');
    await writeFile(
      noBaseline,
      JSON.stringify({
        schemaVersion: 1,
        memgateVersion: '0.1.0',
        createdAt: '2026-01-01T00:00:00.000Z',
        selection: { found: false, store: 'branch' },
        workloads: [],
      }),
    );
    const failure = main([
      '--baseline',
      fixture('baseline.json'),
      '--report',
      noBaseline,
    ]);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/is the "no baseline" file/);
    await expect(failure).rejects.toThrow(/arguments may be swapped/);
  });

  it('rejects a report without workloads', async () => {
    const empty = join(folder, 'empty.json');
    await writeFile(empty, JSON.stringify(makeReport([])));
    const failure = main([
      '--baseline',
      fixture('baseline.json'),
      '--report',
      empty,
    ]);
    await expect(failure).rejects.toBeInstanceOf(UsageError);
    await expect(failure).rejects.toThrow(/empty\.json" has no workloads/);
  });

  it('parses percentages with and without a sign', () => {
    expect(parsePercent('12.5%', '--max-increase')).toBe(12.5);
    expect(parsePercent('0', '--max-increase')).toBe(0);
  });
});

describe('memgate compare settings', () => {
  async function writeReports(settings: object): Promise<[string, string]> {
    const baseline = makeReport([makeWorkload('train', [100 * MiB])]);
    const current = {
      ...makeReport([makeWorkload('train', [130 * MiB])]),
      settings,
    };
    const baselineFile = join(folder, 'baseline.json');
    const reportFile = join(folder, 'report.json');
    await writeFile(baselineFile, JSON.stringify(baseline));
    await writeFile(reportFile, JSON.stringify(current));
    return [baselineFile, reportFile];
  }

  it('applies the report settings', async () => {
    const [baseline, report] = await writeReports({ maxIncreasePercent: 50 });
    expect(await main(['--baseline', baseline, '--report', report])).toBe(0);
    expect(output).toMatch(/unchanged/);
  });

  it('lets a flag override the settings', async () => {
    const [baseline, report] = await writeReports({ maxIncreasePercent: 50 });
    const args = ['--baseline', baseline, '--report', report];
    expect(await main([...args, '--max-increase', '10'])).toBe(1);
    expect(output).toMatch(/regressed/);
  });

  it('warns on headroom from the settings', async () => {
    const [baseline, report] = await writeReports({ headroomPercent: 20 });
    expect(await main(['--baseline', baseline, '--report', report])).toBe(1);
    expect(output).toMatch(/headroom/);
  });

  it('rejects invalid settings', async () => {
    const [baseline, report] = await writeReports({ maxIncreasePercent: -1 });
    await expect(
      main(['--baseline', baseline, '--report', report]),
    ).rejects.toThrow(/"settings"/);
  });
});
