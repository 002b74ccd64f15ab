import { stripControlCharacters } from '../compare/index.js';
import { formatBytes } from '../units/size.js';
import type { Report, WorkloadReport } from './types.js';

/**
 * Makes workload text safe for one line of a terminal: control characters
 * (ESC sequences included) are removed and line breaks show as `\n`.
 */
export function toOneLine(text: string): string {
  return stripControlCharacters(text).replace(/\r\n|\r|\n/g, '\\n');
}

const headers = ['workload', 'limit', 'peak', 'min-max', 'outcome', 'message'];

function formatPeak(bytes: number | null, sampled: boolean): string {
  if (bytes === null) return 'n/a';
  return sampled ? `${formatBytes(bytes)} (sampled)` : formatBytes(bytes);
}

function rowOf(workload: WorkloadReport): string[] {
  const sampled = workload.runs.some((run) => run.peakSource === 'sampled');
  const range =
    workload.minPeakBytes === null || workload.maxPeakBytes === null
      ? 'n/a'
      : `${formatBytes(workload.minPeakBytes)} - ${formatBytes(workload.maxPeakBytes)}`;
  return [
    toOneLine(workload.name),
    formatBytes(workload.limitBytes),
    formatPeak(workload.peakBytes, sampled),
    range,
    workload.outcome,
    // The table keeps the first line; the report has the stderr tail.
    toOneLine(workload.message.split('\n')[0]!),
  ];
}

/** Formats a report as a plain-text table, one row per workload. */
export function formatReportTable(report: Report): string {
  const rows = [headers, ...report.workloads.map(rowOf)];
  const widths = headers.map((_, column) =>
    Math.max(...rows.map((row) => row[column]!.length)),
  );
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell.padEnd(widths[column]!),
      )
      .join('  '),
  );
  return lines.join('\n');
}
