import * as core from '@actions/core';
import { UsageError } from '../errors.js';
import type { Tolerance } from '../compare/types.js';
import { parseSize } from '../units/size.js';
import { splitCommandLine } from './command-line.js';
import {
  BASELINE_KINDS,
  COMMENT_MODES,
  DEFAULT_COMMENT_KEY,
  DEFAULT_REPORT_PATH,
  DEFAULT_WORKLOAD_NAME,
  Inputs,
  MODES,
  type BaselineKind,
  type CommentMode,
  type Mode,
} from './constants.js';
import { parseShard, type Shard } from './shard.js';

/** Every input of the action, read and validated once. */
export interface ActionInputs {
  mode: Mode;
  /** The `command` input split into argv, or null when `config` is used. */
  command: string[] | null;
  name: string;
  /** Configuration file, or null to look for memgate.toml or pyproject.toml. */
  config: string | null;
  /** Overrides of the configuration, unset when the input is empty. */
  limitBytes?: number;
  repeat?: number;
  timeoutSeconds?: number;
  baseline: BaselineKind;
  baselineBranch?: string;
  baselineFile?: string;
  tolerance: Partial<Tolerance>;
  token: string;
  failOnRegression: boolean;
  comment: CommentMode;
  commentKey: string;
  /** Report file to write (measure, run) or path or glob to read (report). */
  reportPath: string;
  shard: Shard | null;
  /** Name of the check run to create, or null for none. */
  checkName: string | null;
}

/** Reads and validates every input; throws a UsageError naming the input. */
export function readInputs(): ActionInputs {
  const mode = readChoice(Inputs.Mode, MODES, 'run');
  const commandLine = core.getInput(Inputs.Command);
  const config = core.getInput(Inputs.Config) || null;
  if (commandLine !== '' && config !== null) {
    throw new UsageError(
      `Inputs "${Inputs.Command}" and "${Inputs.Config}" are both set: set "${Inputs.Command}" for one workload or "${Inputs.Config}" for a configuration file, not both.`,
    );
  }
  const shard = optional(Inputs.Shard, parseShard) ?? null;
  if (shard !== null && mode !== 'measure') {
    throw new UsageError(
      `Input "${Inputs.Shard}" is set with mode "${mode}": a shard is only part of the workloads, so use it with "mode: measure" and merge the shards with "mode: report" in a later job.`,
    );
  }
  return {
    mode,
    command: readCommand(commandLine),
    name: core.getInput(Inputs.Name) || DEFAULT_WORKLOAD_NAME,
    config,
    ...readMeasurementOverrides(),
    ...readBaselineInputs(),
    tolerance: readTolerance(),
    token: core.getInput(Inputs.GitHubToken),
    failOnRegression: readBoolean(Inputs.FailOnRegression, true),
    comment: readChoice(Inputs.Comment, COMMENT_MODES, 'always'),
    commentKey: readCommentKey(),
    reportPath: core.getInput(Inputs.ReportPath) || DEFAULT_REPORT_PATH,
    shard,
    checkName: core.getInput(Inputs.CheckName) || null,
  };
}

function readCommand(line: string): string[] | null {
  if (line.trim() === '') return null;
  const argv = splitCommandLine(line, `input "${Inputs.Command}"`);
  return argv.length === 0 ? null : argv;
}

/** Longest accepted timeout: Node's timers hold at most 2^31-1 ms (about 24.8 days). */
export const MAX_TIMEOUT_SECONDS = 2_147_483;

function readMeasurementOverrides() {
  return {
    limitBytes: optional(Inputs.Limit, (text) =>
      parseSize(text, `input "${Inputs.Limit}"`),
    ),
    repeat: optional(Inputs.Repeat, (text) =>
      readNumber(Inputs.Repeat, text, {
        pattern: /^\d+$/,
        min: 1,
        max: Number.MAX_SAFE_INTEGER,
        expected:
          'a whole number of runs of 1 or more in decimal digits, such as 3',
      }),
    ),
    timeoutSeconds: optional(Inputs.Timeout, (text) =>
      readNumber(Inputs.Timeout, text, {
        pattern: /^\d+(\.\d+)?$/,
        min: Number.MIN_VALUE,
        max: MAX_TIMEOUT_SECONDS,
        expected: `a number of seconds greater than 0 and at most ${MAX_TIMEOUT_SECONDS} (about 24.8 days), such as 600`,
      }),
    ),
  };
}

function readBaselineInputs() {
  return {
    baseline: readChoice(Inputs.Baseline, BASELINE_KINDS, 'branch'),
    baselineBranch: core.getInput(Inputs.BaselineBranch) || undefined,
    baselineFile: core.getInput(Inputs.BaselineFile) || undefined,
  };
}

function readTolerance(): Partial<Tolerance> {
  const tolerance: Partial<Tolerance> = {};
  const percent = optional(Inputs.MaxIncrease, (text) => {
    const value = Number(text.replace(/%$/, ''));
    if (!Number.isFinite(value) || value < 0) {
      throw new UsageError(
        `Invalid input "${Inputs.MaxIncrease}" "${text}": write a percentage of 0 or more, such as 10.`,
      );
    }
    return value;
  });
  if (percent !== undefined) tolerance.maxIncreasePercent = percent;
  const bytes = optional(Inputs.MaxIncreaseBytes, (text) =>
    text.trim() === '0'
      ? 0
      : parseSize(text, `input "${Inputs.MaxIncreaseBytes}"`),
  );
  if (bytes !== undefined) tolerance.maxIncreaseBytes = bytes;
  return tolerance;
}

function readCommentKey(): string {
  const key = core.getInput(Inputs.CommentKey) || DEFAULT_COMMENT_KEY;
  // The key goes into an HTML comment, so it must not be able to close it.
  if (!/^[A-Za-z0-9._-]+$/.test(key)) {
    throw new UsageError(
      `Invalid input "${Inputs.CommentKey}" "${key}": use letters, digits, ".", "_" and "-" only, such as "gpu-tests".`,
    );
  }
  return key;
}

/** Accepted form and range of a numeric input. */
interface NumberRule {
  pattern: RegExp;
  min: number;
  max: number;
  expected: string;
}

function readNumber(name: string, text: string, rule: NumberRule): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!rule.pattern.test(trimmed) || value < rule.min || value > rule.max) {
    throw new UsageError(
      `Invalid input "${name}" "${text}": write ${rule.expected}.`,
    );
  }
  return value;
}

function readChoice<T extends string>(
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = core.getInput(name) || fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(
      `Invalid input "${name}" "${value}": use one of ${choices.join(', ')}.`,
    );
  }
  return value as T;
}

function readBoolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(
    `Invalid input "${name}" "${value}": use true or false.`,
  );
}

function optional<T>(name: string, parse: (text: string) => T): T | undefined {
  const text = core.getInput(name);
  return text === '' ? undefined : parse(text);
}
