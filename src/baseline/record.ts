import { UsageError } from '../errors.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { checkEnvironment, checkWorkloadList, isObject } from './validate.js';

/** A report or baseline record that cannot be read: corrupt, invalid or too new. */
export class RecordError extends UsageError {
  override name = 'RecordError';
}

/**
 * Parses report JSON (a report file or a stored baseline record) and checks
 * every field that comparison and rendering read, so that bad input is a
 * RecordError naming the source, the workload and the field. `source` names
 * where the text came from, such as a file path or a commit and path.
 */
export function parseReport(text: string, source: string): Report {
  let value: unknown;
  try {
    // A UTF-8 byte order mark, as some Windows editors write, is not JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new RecordError(
      `Corrupt report in ${source}: it is not valid JSON (${(error as Error).message}). ` +
        'Write it again with `memgate run --report FILE`, or remove it.',
    );
  }
  if (!isObject(value)) {
    throw invalid(source, 'the top level is not a JSON object');
  }
  checkSchemaVersion(value, source);
  const selection = checkSelection(value.selection);
  const noBaseline =
    isObject(value.selection) && value.selection.found === false;
  const problem =
    selection ??
    checkSettings(value.settings) ??
    (noBaseline && value.environment === undefined
      ? null
      : checkEnvironment(value.environment)) ??
    checkWorkloadList(value.workloads);
  if (problem !== null) throw invalid(source, problem);
  return value as unknown as Report;
}

/** Returns whether a report is the "no baseline yet" file that select writes. */
export function isNoBaseline(report: Report): boolean {
  return report.selection?.found === false;
}

/**
 * Rejects a report that contains no measurement: the "no baseline" file of
 * `memgate baseline select`, or a report with zero workloads. Only
 * `--baseline` of compare may be the "no baseline" file, so `source` and
 * `hint` name the option and what to pass instead.
 */
export function checkMeasuredReport(
  report: Report,
  source: string,
  hint: string,
): void {
  if (isNoBaseline(report)) {
    throw new RecordError(
      `${source} is the "no baseline" file that \`memgate baseline select\` writes, not a report of measured workloads. ${hint}`,
    );
  }
  if (report.workloads.length === 0) {
    throw new RecordError(
      `${source} has no workloads, so it contains no measurement. ${hint}`,
    );
  }
}

/**
 * Lists the workloads with a run that did not end "ok" or that passed its
 * limit unenforced, such as `workload "a" ended "oom-killed"`.
 */
export function describeFailedRuns(report: Report): string[] {
  return report.workloads
    .filter(
      (workload) =>
        workload.runs.some(
          (run) =>
            run.outcome !== 'ok' ||
            run.wouldExceedLimit === true ||
            run.leftCgroup === true,
        ) || workload.outcome !== 'ok',
    )
    .map((workload) => {
      // JSON quoting shows control characters of the name as escapes, not raw.
      const name = JSON.stringify(workload.name);
      if (workload.outcome !== 'ok')
        return `workload ${name} ended "${workload.outcome}"`;
      return workload.runs.some((run) => run.leftCgroup === true)
        ? `workload ${name} had a process that left its cgroup, so its peak is incomplete`
        : `workload ${name} passed its limit in a run that did not enforce it`;
    });
}

/** Serializes a report as stored: two-space JSON with a final newline. */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function checkSchemaVersion(value: Record<string, unknown>, source: string) {
  const schema = value.schemaVersion;
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    throw invalid(
      source,
      `schemaVersion ${JSON.stringify(schema)} is not a positive whole number`,
    );
  }
  if (schema > REPORT_SCHEMA_VERSION) {
    const writer =
      typeof value.memgateVersion === 'string'
        ? value.memgateVersion
        : 'unknown';
    throw new RecordError(
      `The report in ${source} was written by memgate ${writer} with schema ${schema}; ` +
        `this memgate (${VERSION}) reads up to schema ${REPORT_SCHEMA_VERSION}. Upgrade memgate.`,
    );
  }
}

function checkSelection(selection: unknown): string | null {
  if (selection === undefined) return null;
  const valid =
    isObject(selection) &&
    typeof selection.found === 'boolean' &&
    typeof selection.store === 'string' &&
    ['commit', 'mergeBase', 'missingReason'].every(
      (field) =>
        selection[field] === undefined || typeof selection[field] === 'string',
    ) &&
    (selection.distance === undefined ||
      (Number.isInteger(selection.distance) &&
        (selection.distance as number) >= 0));
  return valid
    ? null
    : `"selection" is ${JSON.stringify(selection)}, not an object with "found" and "store"`;
}

function checkSettings(settings: unknown): string | null {
  if (settings === undefined) return null;
  const fields = ['maxIncreasePercent', 'maxIncreaseBytes', 'headroomPercent'];
  const valid =
    isObject(settings) &&
    Object.keys(settings).every((field) => fields.includes(field)) &&
    fields.every((field) => {
      const value = settings[field];
      return (
        value === undefined ||
        (typeof value === 'number' && Number.isFinite(value) && value >= 0)
      );
    });
  return valid
    ? null
    : `"settings" is ${JSON.stringify(settings)}, not an object of ${fields.join(', ')} with numbers of 0 or more`;
}

function invalid(source: string, detail: string): RecordError {
  return new RecordError(
    `Invalid report in ${source}: ${detail}. Write it again with \`memgate run --report FILE\`.`,
  );
}
