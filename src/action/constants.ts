/** Names of the action's inputs, as in action.yml. */
export const Inputs = {
  Mode: 'mode',
  Command: 'command',
  Name: 'name',
  Config: 'config',
  Limit: 'limit',
  Repeat: 'repeat',
  Timeout: 'timeout',
  Baseline: 'baseline',
  BaselineBranch: 'baseline-branch',
  BaselineFile: 'baseline-file',
  MaxIncrease: 'max-increase',
  MaxIncreaseBytes: 'max-increase-bytes',
  GitHubToken: 'github-token',
  FailOnRegression: 'fail-on-regression',
  Comment: 'comment',
  CommentKey: 'comment-key',
  ReportPath: 'report-path',
  Shard: 'shard',
  CheckName: 'check-name',
} as const;

/** Names of the action's outputs, as in action.yml. */
export const Outputs = {
  Verdict: 'verdict',
  Report: 'report',
  Regressions: 'regressions',
  CommentUrl: 'comment-url',
  PeakBytes: 'peak-bytes',
  BaselineBytes: 'baseline-bytes',
} as const;

/**
 * Modes of one step. `run` measures, compares and publishes. `measure` only
 * writes the report for a later job. `report` reads reports written by
 * earlier jobs, compares and publishes.
 */
export const MODES = ['run', 'measure', 'report'] as const;
export type Mode = (typeof MODES)[number];

/** When the pull request comment is written. */
export const COMMENT_MODES = ['always', 'on-change', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Kinds of baseline store. */
export const BASELINE_KINDS = ['branch', 'file', 'none'] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/** Report file that `mode: measure` writes and `mode: report` reads by default. */
export const DEFAULT_REPORT_PATH = 'memgate-report.json';

/** Default workload name for the `command` input. */
export const DEFAULT_WORKLOAD_NAME = 'command';

/** Default `comment-key`: one memgate comment per pull request. */
export const DEFAULT_COMMENT_KEY = 'default';
