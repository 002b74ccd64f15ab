import { OUTCOME_SEVERITY } from '../report/types.js';

// Checks of the report fields that comparison, rendering and the stores
// read. Each check returns a problem, such as `workload "a" (workloads[0])
// field maxIncreasePercent is "abc", not a number of 0 or more`, or null.

type Value = Record<string, unknown>;

/** Returns whether `value` is a JSON object (not null and not an array). */
export function isObject(value: unknown): value is Value {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isSize = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isString = (value: unknown) => typeof value === 'string';
const isNullableString = (value: unknown) =>
  value === null || typeof value === 'string';
const isNullableSize = (value: unknown) => value === null || isSize(value);
const isStringList = (value: unknown) =>
  Array.isArray(value) && value.every(isString);

/** One field rule: its test and what it must be, for the message. */
type Rule = [test: (value: unknown) => boolean, expected: string];

const SIZE: Rule = [isSize, 'a number of 0 or more'];
const NULLABLE_SIZE: Rule = [isNullableSize, 'a number of 0 or more, or null'];
const STRING: Rule = [isString, 'a string'];
const NULLABLE_STRING: Rule = [isNullableString, 'a string or null'];
const STRING_LIST: Rule = [isStringList, 'an array of strings'];
const OUTCOME: Rule = [
  (value) => OUTCOME_SEVERITY.includes(value as never),
  `one of ${OUTCOME_SEVERITY.join(', ')}`,
];

const WORKLOAD_FIELDS: Record<string, Rule> = {
  command: STRING_LIST,
  limitBytes: NULLABLE_SIZE,
  repeat: SIZE,
  timeoutSeconds: NULLABLE_SIZE,
  peakBytes: NULLABLE_SIZE,
  minPeakBytes: NULLABLE_SIZE,
  maxPeakBytes: NULLABLE_SIZE,
  outcome: OUTCOME,
  message: STRING,
};

const OPTIONAL_WORKLOAD_FIELDS: Record<string, Rule> = {
  cwd: STRING,
  maxIncreasePercent: SIZE,
  maxIncreaseBytes: SIZE,
};

const RUN_FIELDS: Record<string, Rule> = {
  peakBytes: NULLABLE_SIZE,
  oomKills: SIZE,
  exitCode: [
    (v) => v === null || Number.isInteger(v),
    'a whole number or null',
  ],
  signal: NULLABLE_STRING,
  wallSeconds: SIZE,
  outcome: OUTCOME,
  message: STRING,
};

const ENVIRONMENT_FIELDS: Record<string, Rule> = {
  sandbox: STRING,
  cgroupVersion: [(v) => v === null || v === 1 || v === 2, '1, 2 or null'],
  kernel: STRING,
  platform: STRING,
  arch: STRING,
  python: [
    (v) =>
      isObject(v) && isNullableString(v.path) && isNullableString(v.version),
    'an object with "path" and "version" strings (or null)',
  ],
  variables: [
    (v) => isObject(v) && Object.values(v).every(isString),
    'an object of strings',
  ],
  warnings: STRING_LIST,
};

function checkFields(
  value: Value,
  rules: Record<string, Rule>,
  where: string,
  optional = false,
): string | null {
  for (const [field, [test, expected]] of Object.entries(rules)) {
    if (optional && value[field] === undefined) continue;
    if (!test(value[field])) {
      const actual =
        value[field] === undefined ? 'missing' : JSON.stringify(value[field]);
      return `${where} field ${field} is ${actual}, not ${expected}`;
    }
  }
  return null;
}

/** Checks the environment object of a report. */
export function checkEnvironment(environment: unknown): string | null {
  if (!isObject(environment)) {
    return `"environment" is ${JSON.stringify(environment) ?? 'missing'}, not an object`;
  }
  return checkFields(environment, ENVIRONMENT_FIELDS, 'environment');
}

/** Checks the workload list: every field, every run and unique names. */
export function checkWorkloadList(workloads: unknown): string | null {
  if (!Array.isArray(workloads)) return '"workloads" is not an array';
  const names = new Set<string>();
  for (const [index, workload] of workloads.entries()) {
    const problem = checkWorkload(workload, index);
    if (problem !== null) return problem;
    const name = (workload as Value).name as string;
    if (names.has(name)) {
      return `workload "${name}" appears twice (again at workloads[${index}]); give each workload its own name`;
    }
    names.add(name);
  }
  return null;
}

function checkWorkload(workload: unknown, index: number): string | null {
  if (!isObject(workload)) return `workloads[${index}] is not an object`;
  if (typeof workload.name !== 'string' || workload.name === '') {
    return `workloads[${index}] has no "name": it must be a non-empty string`;
  }
  const where = `workload ${JSON.stringify(workload.name)} (workloads[${index}])`;
  const problem =
    checkFields(workload, WORKLOAD_FIELDS, where) ??
    checkFields(workload, OPTIONAL_WORKLOAD_FIELDS, where, true);
  if (problem !== null) return problem;
  if (!Array.isArray(workload.runs)) {
    return `${where} field runs is ${JSON.stringify(workload.runs) ?? 'missing'}, not an array`;
  }
  for (const [runIndex, run] of workload.runs.entries()) {
    const runWhere = `${where} runs[${runIndex}]`;
    if (!isObject(run)) return `${runWhere} is not an object`;
    const runProblem = checkFields(run, RUN_FIELDS, runWhere);
    if (runProblem !== null) return runProblem;
  }
  return null;
}
