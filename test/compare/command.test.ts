import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parsePercent } from '../../src/commands/compare.js';
import { UsageError } from '../../src/errors.js';

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

  it('parses percentages with and without a sign', () => {
    expect(parsePercent('12.5%', '--max-increase')).toBe(12.5);
    expect(parsePercent('0', '--max-increase')).toBe(0);
  });
});
