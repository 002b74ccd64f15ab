import type { WorkloadSpec } from '../config/types.js';
import {
  OUTCOME_SEVERITY,
  type RunRecord,
  type WorkloadReport,
} from '../report/types.js';

/** Returns the median of the numbers: the mean of the middle two for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * Returns the run with the worst outcome. Among equal outcomes, a run that
 * would exceed an unenforced limit counts as worse; then the first wins.
 */
export function worstRun(runs: readonly RunRecord[]): RunRecord {
  const rank = (run: RunRecord) =>
    OUTCOME_SEVERITY.indexOf(run.outcome) * 2 + (run.wouldExceedLimit ? 0 : 1);
  return runs.reduce((worst, run) => (rank(run) < rank(worst) ? run : worst));
}

/** Builds a workload's report from its runs: median, min and max peak, worst outcome. */
export function summarizeWorkload(
  spec: WorkloadSpec,
  runs: RunRecord[],
): WorkloadReport {
  const peaks = runs.flatMap((run) =>
    run.peakBytes === null ? [] : [run.peakBytes],
  );
  const worst = worstRun(runs);
  const report: WorkloadReport = {
    name: spec.name,
    command: spec.command,
    cwd: spec.cwd,
    limitBytes: spec.limitBytes,
    repeat: spec.repeat,
    timeoutSeconds: spec.timeoutSeconds,
    peakBytes: median(peaks),
    minPeakBytes: peaks.length === 0 ? null : Math.min(...peaks),
    maxPeakBytes: peaks.length === 0 ? null : Math.max(...peaks),
    outcome: worst.outcome,
    message: worst.message,
    runs,
  };
  if (spec.maxIncreasePercent !== undefined)
    report.maxIncreasePercent = spec.maxIncreasePercent;
  if (spec.maxIncreaseBytes !== undefined)
    report.maxIncreaseBytes = spec.maxIncreaseBytes;
  return report;
}
