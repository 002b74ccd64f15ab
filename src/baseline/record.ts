import { UsageError } from '../errors.js';
import {
  OUTCOME_SEVERITY,
  REPORT_SCHEMA_VERSION,
  type Report,
} from '../report/types.js';
import { VERSION } from '../version.js';

/** A report or baseline record that cannot be read: corrupt, invalid or too new. */
export class RecordError extends UsageError {
  override name = 'RecordError';
}

/**
 * Parses report JSON (a report file or a stored baseline record) and checks
 * the fields that comparison relies on. `source` names where the text came
 * from, such as a file path or a commit and path, for the error message.
 */
export function parseReport(text: string, source: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
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
  checkWorkloads(value.workloads, source);
  return value as unknown as Report;
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

function checkWorkloads(workloads: unknown, source: string) {
  if (!Array.isArray(workloads)) {
    throw invalid(source, '"workloads" is not an array');
  }
  workloads.forEach((workload: unknown, index) => {
    const where = `workloads[${index}]`;
    if (!isObject(workload) || typeof workload.name !== 'string') {
      throw invalid(source, `${where} has no "name" string`);
    }
    if (!isNullableNumber(workload.peakBytes)) {
      throw invalid(source, `${where}.peakBytes is neither a number nor null`);
    }
    if (!isNullableNumber(workload.limitBytes)) {
      throw invalid(source, `${where}.limitBytes is not a number`);
    }
    if (!OUTCOME_SEVERITY.includes(workload.outcome as never)) {
      throw invalid(
        source,
        `${where}.outcome ${JSON.stringify(workload.outcome)} is not one of ${OUTCOME_SEVERITY.join(', ')}`,
      );
    }
  });
}

function invalid(source: string, detail: string): RecordError {
  return new RecordError(
    `Invalid report in ${source}: ${detail}. Write it again with \`memgate run --report FILE\`.`,
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNullableNumber(value: unknown): boolean {
  return (
    value === null || (typeof value === 'number' && Number.isFinite(value))
  );
}
