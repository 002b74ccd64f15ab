import { parseArgs } from 'node:util';
import { readReportFile } from '../baseline/read-file.js';
import { isNoBaseline } from '../baseline/record.js';
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
                              a peak regresses only past both tolerances
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
    tolerance.maxIncreaseBytes = parseSize(
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

/** Maps the gate to the exit status: 0 passed, 1 any failure. */
export function gateExitCode(comparison: Comparison): number {
  return comparison.gate === 'passed' ? ExitCode.Passed : ExitCode.GateFailed;
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

  const baseline = await readReportFile(baselineFile, '--baseline');
  const current = await readReportFile(reportFile, '--report');
  const comparison = compareReports(
    current,
    isNoBaseline(baseline) ? null : baseline,
    { tolerance, headroomPercent, baseline: baselineInfo(baseline) },
  );

  const markdown = renderComparisonMarkdown(comparison);
  process.stdout.write(markdown);
  if (flags.markdown !== undefined)
    await writeFileAtomic(flags.markdown, markdown);
  if (flags.json !== undefined) {
    const {
      current: _current,
      baselineReport: _baseline,
      ...summary
    } = comparison;
    await writeFileAtomic(flags.json, `${JSON.stringify(summary, null, 2)}\n`);
  }
  return gateExitCode(comparison);
}
