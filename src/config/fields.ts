import { UsageError } from '../errors.js';
import { parseSize } from '../units/size.js';

/** A TOML table as smol-toml returns it. */
export type Table = Record<string, unknown>;

/** Position of a value for error messages: the file and, if any, the workload. */
export interface Location {
  file: string;
  workload?: string;
}

/** Formats a location as "memgate.toml, workload "name"". */
export function describeLocation(location: Location): string {
  return location.workload === undefined
    ? location.file
    : `${location.file}, workload "${location.workload}"`;
}

function fail(location: Location, key: string, problem: string): never {
  throw new UsageError(`${describeLocation(location)}: "${key}" ${problem}`);
}

/** Returns true when `value` is a TOML table, not an array or a scalar. */
export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rejects any key of `table` that is not in `accepted`, naming the accepted keys. */
export function rejectUnknownKeys(
  table: Table,
  accepted: readonly string[],
  location: Location,
): void {
  for (const key of Object.keys(table)) {
    if (!accepted.includes(key)) {
      throw new UsageError(
        `${describeLocation(location)}: unknown key "${key}". Accepted keys: ${accepted.join(', ')}.`,
      );
    }
  }
}

/** Reads a non-empty string. */
export function readString(value: unknown, key: string, at: Location): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(at, key, `must be a non-empty string, not ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Reads a size such as "512MiB" or a whole number of bytes, through parseSize. */
export function readSize(value: unknown, key: string, at: Location): number {
  if (
    typeof value !== 'string' &&
    typeof value !== 'number' &&
    typeof value !== 'bigint'
  ) {
    fail(
      at,
      key,
      `must be a size such as "512MiB", not ${JSON.stringify(value)}.`,
    );
  }
  try {
    return parseSize(String(value), key);
  } catch (error) {
    if (error instanceof UsageError) {
      throw new UsageError(`${describeLocation(at)}: ${error.message}`);
    }
    throw error;
  }
}

// Reads a TOML number (smol-toml returns bigint for integers past 2^53).
function readNumber(
  value: unknown,
  key: string,
  at: Location,
  valid: (number: number) => boolean,
  expected: string,
): number {
  const number = typeof value === 'bigint' ? Number(value) : value;
  if (typeof number !== 'number' || !valid(number)) {
    fail(at, key, `must be ${expected}, not ${JSON.stringify(String(value))}.`);
  }
  return number;
}

/** Reads a whole number from 1 to `maximum`, such as a repeat count. */
export function readCount(
  value: unknown,
  key: string,
  at: Location,
  maximum: number,
): number {
  const valid = (number: number) =>
    Number.isInteger(number) && number >= 1 && number <= maximum;
  return readNumber(
    value,
    key,
    at,
    valid,
    `a whole number from 1 to ${maximum}, such as 3`,
  );
}

/** Reads a number above 0 and at most `maximum`, such as a timeout in seconds. */
export function readPositive(
  value: unknown,
  key: string,
  at: Location,
  maximum: number,
): number {
  const valid = (number: number) =>
    Number.isFinite(number) && number > 0 && number <= maximum;
  return readNumber(
    value,
    key,
    at,
    valid,
    `a number greater than 0 and at most ${maximum}, such as 300`,
  );
}

/** Reads a percentage of 0 or more, such as a tolerance. */
export function readPercent(value: unknown, key: string, at: Location): number {
  const valid = (number: number) => Number.isFinite(number) && number >= 0;
  return readNumber(
    value,
    key,
    at,
    valid,
    'a percentage of 0 or more, such as 10',
  );
}

/** Reads a table of environment variables whose values are strings. */
export function readEnv(
  value: unknown,
  key: string,
  at: Location,
): Record<string, string> {
  if (!isTable(value)) {
    fail(
      at,
      key,
      'must be a table of strings, such as { OMP_NUM_THREADS = "1" }.',
    );
  }
  const env: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== 'string') {
      fail(
        at,
        `${key}.${name}`,
        `must be a string, such as "1", not ${JSON.stringify(String(text))}.`,
      );
    }
    env[name] = text;
  }
  return env;
}

/** Reads a command as an array of strings; a single string is rejected. */
export function readCommand(
  value: unknown,
  key: string,
  at: Location,
): string[] {
  if (typeof value === 'string') {
    const example = JSON.stringify(value.trim().split(/\s+/));
    fail(
      at,
      key,
      `must be an array of strings, run without a shell: write ${example} instead of ${JSON.stringify(value)}.`,
    );
  }
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((part) => typeof part === 'string')
  ) {
    fail(
      at,
      key,
      'must be a non-empty array of strings, such as ["python3", "train.py"].',
    );
  }
  if (value[0] === '') {
    fail(at, key, 'must start with a program name, not an empty string.');
  }
  return value as string[];
}
