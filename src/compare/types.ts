import type { Environment, Report } from '../report/types.js';

/** Verdict for one workload of a comparison. */
export type Verdict =
  'regressed' | 'improved' | 'unchanged' | 'new' | 'missing' | 'oom' | 'error';

/** Result of the whole gate, as the action's `verdict` output. */
export type GateVerdict = 'passed' | 'regressed' | 'oom' | 'error';

/** A peak must grow by more than both figures to count as a regression. */
export interface Tolerance {
  /** Relative tolerance in percent of the baseline peak, such as 10. */
  maxIncreasePercent: number;
  /** Absolute tolerance in bytes. */
  maxIncreaseBytes: number;
}

/** Default tolerance: 10% and 8 MiB. */
export const DEFAULT_TOLERANCE: Tolerance = {
  maxIncreasePercent: 10,
  maxIncreaseBytes: 8 * 1024 * 1024,
};

/** Default share of the limit above which a workload gets a headroom warning. */
export const DEFAULT_HEADROOM_PERCENT = 90;

/** Comparison of one workload with its baseline. */
export interface WorkloadComparison {
  name: string;
  verdict: Verdict;
  limitBytes: number | null;
  baselineLimitBytes: number | null;
  currentPeakBytes: number | null;
  baselinePeakBytes: number | null;
  /** Current minus baseline peak, or null when either is missing. */
  deltaBytes: number | null;
  deltaPercent: number | null;
  tolerance: Tolerance;
  /** Spread (max minus min) of the current runs' peaks. */
  spreadBytes: number | null;
  /** The runs' spread is wider than the tolerance, so the verdict is uncertain. */
  noisy: boolean;
  /** The peak is above the headroom share of the limit. */
  lowHeadroom: boolean;
  /** Short notes for people, such as "baseline limit 256 MiB". */
  notes: string[];
  /** Failure message of the run, for `oom` and `error`. */
  message?: string;
  /**
   * The peaks were compared although the baseline was measured in another
   * environment (Comparison.environmentDifferences lists how).
   */
  environmentDiffers?: boolean;
}

/** Origin of the baseline. */
export interface BaselineInfo {
  /** "branch", "file" or "none". */
  store: string;
  /** Commit the baseline record belongs to. */
  commit?: string;
  /** The merge-base the baseline was looked up for. */
  mergeBase?: string;
  /** First-parent commits between the merge-base and the baseline commit. */
  distance?: number;
  /** Reason for no baseline when the store itself is missing, such as its branch on the remote. */
  missingReason?: string;
}

/** Result of comparing a report with a baseline report. */
export interface Comparison {
  gate: GateVerdict;
  workloads: WorkloadComparison[];
  baseline: BaselineInfo;
  /** Environment fields that differ, such as "python: 3.11.7 → 3.12.1". */
  environmentDifferences: string[];
  current: Report;
  baselineReport?: Report;
  baselineEnvironment?: Environment;
}
