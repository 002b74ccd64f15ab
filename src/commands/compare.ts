import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readReportFile } from '../baseline/read-file.js';
import { checkMeasuredReport, isNoBaseline } from '../baseline/record.js';
import { writeFileAtomic } from '../baseline/write-file.js';
import { compareReports } from '../compare/compare.js';
import { renderComparisonMarkdown } from '../compare/markdown.js';
import {
  DEFAULT_HEADROOM_PERCENT,
  DEFAULT_TOLERANCE,
  type BaselineInfo,
  type Comparison,
  type Tolerance,
} from '../compare/types.js';
import { ExitCode, UsageError } from '../errors.js';
import type { ComparisonSettings } from '../report/types.js';
import type { Report } from '../report/types.js';
import { parseSize } from '../units/size.js';

const usage = `Usage: memgate compare --baseline FILE --report FILE [options]

Compares a report with a baseline report, prints the result table and
decides the gate.

Options:
  --baseline FILE             baseline report (from memgate run, the
                              baseline file or memgate baseline select;
                              a "no baseline yet" file from select makes
                              every workload new)
  --report FILE               current report
  --max-increase PERCENT      relative tolerance, such as 10 or 10% (default ${DEFAULT_TOLERANCE.maxIncreasePercent})
  --max-increase-bytes SIZE   absolute tolerance, such as 8MiB (default 8MiB);
                              a peak regresses only past both tolerances,
                              and 0 means any growth past the relative one
  --headroom PERCENT          warn when a peak is above this share of its
                              limit (default ${DEFAULT_HEADROOM_PERCENT})
  --markdown FILE             also write the result as Markdown
  --json FILE                 also write the comparison as JSON
  --help                      show this help

Exit status: 0 passed, 1 the gate failed (regression, OOM kill or failed
workload), 2 invalid usage or unreadable files.`;

const options = {
  baseline: { type: 'string' },
  report: { type: 'string' },
  'max-increase': { type: 'string' },
  'max-increase-bytes': { type: 'string' },
  headroom: { type: 'string' },
  markdown: { type: 'string' },
  json: { type: 'string' },
  help: { type: 'boolean' },
} as const;

/**
 * Parses a percentage such as "10" or "12.5%". Throws a UsageError naming
 * the option and the value otherwise.
 */
export function parsePercent(value: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)%?$/.exec(value.trim());
  if (match === null) {
    throw new UsageError(
      `Invalid ${option} "${value}": write a percentage of 0 or more, such as 10 or 12.5%.`,
    );
  }
  return Number(match[1]);
}

function parseFlags(args: string[]) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message} Run "memgate compare --help" for the options.`,
    );
  }
}

function requireFlag(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') {
    throw new UsageError(
      `Missing ${flag} FILE: pass the report file, such as ${flag} memgate-report.json.`,
    );
  }
  return value;
}

/**
 * Parses an absolute tolerance like parseSize, but also accepts zero, such
 * as "0" or "0MiB": any growth past the relative tolerance then regresses.
 */
function parseTolerance(value: string, option: string): number {
  const zero = /^0+(?:\.0+)?(.*)$/.exec(value.trim());
  if (zero === null) return parseSize(value, option);
  if (zero[1] === '') return 0;
  // A unit after the zero must still be one parseSize accepts, and its
  // error names the value as given.
  try {
    parseSize(`1${zero[1]}`, option);
  } catch {
    parseSize(value, option);
  }
  return 0;
}

function readTolerance(
  flags: ReturnType<typeof parseFlags>,
): Partial<Tolerance> {
  const tolerance: Partial<Tolerance> = {};
  if (flags['max-increase'] !== undefined) {
    tolerance.maxIncreasePercent = parsePercent(
      flags['max-increase'],
      '--max-increase',
    );
  }
  if (flags['max-increase-bytes'] !== undefined) {
    tolerance.maxIncreaseBytes = parseTolerance(
      flags['max-increase-bytes'],
      '--max-increase-bytes',
    );
  }
  return tolerance;
}

/** Returns where the baseline came from, as `memgate baseline select` recorded it. */
function baselineInfo(baseline: Report): BaselineInfo {
  if (baseline.selection === undefined) return { store: 'file' };
  const { found: _found, ...info } = baseline.selection;
  return info;
}

/** Rejects a --markdown or --json path that is also an input file. */
function checkOutputs(flags: ReturnType<typeof parseFlags>, inputs: string[]) {
  const resolved = inputs.map((input) => resolve(input));
  for (const option of ['markdown', 'json'] as const) {
    const output = flags[option];
    if (output !== undefined && resolved.includes(resolve(output))) {
      throw new UsageError(
        `Invalid --${option} "${output}": it is also an input report and would be overwritten. Pass another file.`,
      );
    }
  }
}

/**
 * Writes an output file; a failure is a UsageError that repeats the gate,
 * because the table was already printed and the exit status becomes 2.
 */
async function writeOutput(
  file: string,
  option: string,
  text: string,
  comparison: Comparison,
) {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(
      `Cannot write ${option} "${file}": ${code || (error as Error).message}${code === 'EISDIR' ? ' (it is a folder)' : ''}. Pass a writable file path. The gate result above is "${comparison.gate}" (exit ${gateExitCode(comparison)} when the file can be written).`,
    );
  }
}

/** Maps the gate to the exit status: 0 passed, 1 any failure. */
export function gateExitCode(comparison: Comparison): number {
  return comparison.gate === 'passed' ? ExitCode.Passed : ExitCode.GateFailed;
}

function settingsTolerance(settings: ComparisonSettings): Partial<Tolerance> {
  const tolerance: Partial<Tolerance> = {};
  if (settings.maxIncreasePercent !== undefined)
    tolerance.maxIncreasePercent = settings.maxIncreasePercent;
  if (settings.maxIncreaseBytes !== undefined)
    tolerance.maxIncreaseBytes = settings.maxIncreaseBytes;
  return tolerance;
}

/** Runs `memgate compare` with its arguments and returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const flags = parseFlags(args);
  if (flags.help) {
    process.stdout.write(`${usage}\n`);
    return ExitCode.Passed;
  }
  const baselineFile = requireFlag(flags.baseline, '--baseline');
  const reportFile = requireFlag(flags.report, '--report');
  const tolerance = readTolerance(flags);
  const headroomPercent =
    flags.headroom === undefined
      ? undefined
      : parsePercent(flags.headroom, '--headroom');

  checkOutputs(flags, [baselineFile, reportFile]);
  const baseline = await readReportFile(baselineFile, '--baseline');
  const current = await readReportFile(reportFile, '--report');
  checkMeasuredReport(
    current,
    `--report "${reportFile}"`,
    'The arguments may be swapped: --baseline takes the file that `memgate baseline select` writes, and --report the file that `memgate run --report FILE` writes.',
  );
  // Flags override the configuration's settings carried in the report.
  const settings = current.settings ?? {};
  const comparison = compareReports(
    current,
    isNoBaseline(baseline) ? null : baseline,
    {
      tolerance: { ...settingsTolerance(settings), ...tolerance },
      headroomPercent: headroomPercent ?? settings.headroomPercent,
      baseline: baselineInfo(baseline),
    },
  );

  const markdown = renderComparisonMarkdown(comparison);
  process.stdout.write(markdown);
  if (flags.markdown !== undefined) {
    await writeOutput(flags.markdown, '--markdown', markdown, comparison);
  }
  if (flags.json !== undefined) {
    const {
      current: _current,
      baselineReport: _baseline,
      ...summary
    } = comparison;
    const json = `${JSON.stringify(summary, null, 2)}\n`;
    await writeOutput(flags.json, '--json', json, comparison);
  }
  return gateExitCode(comparison);
}
