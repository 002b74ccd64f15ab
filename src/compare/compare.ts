import type { Report, WorkloadReport } from '../report/types.js';
import { formatBytes } from '../units/size.js';
import { describeEnvironmentDifferences } from './environment.js';
import {
  DEFAULT_HEADROOM_PERCENT,
  DEFAULT_TOLERANCE,
  type BaselineInfo,
  type Comparison,
  type GateVerdict,
  type Tolerance,
  type Verdict,
  type WorkloadComparison,
} from './types.js';

/** Settings of one comparison. */
export interface CompareOptions {
  /** Run-wide tolerance; a workload's own maxIncrease* fields override it. */
  tolerance?: Partial<Tolerance>;
  /** Share of the limit, in percent, above which a peak gets a headroom warning. */
  headroomPercent?: number;
  /** Source of the baseline; default a store of "none". */
  baseline?: BaselineInfo;
}

/**
 * Compares a report with its baseline report (null where there is none) and
 * decides the gate. Pure: reads nothing and writes nothing.
 */
export function compareReports(
  current: Report,
  baseline: Report | null,
  options: CompareOptions = {},
): Comparison {
  const environmentDifferences =
    baseline === null
      ? []
      : describeEnvironmentDifferences(
          baseline.environment,
          current.environment,
        );
  const baselineByName = new Map(baseline?.workloads.map((w) => [w.name, w]));
  const workloads = current.workloads.map((workload) =>
    compareWorkload(workload, baselineByName.get(workload.name) ?? null, {
      ...options,
      environmentDiffers: environmentDifferences.length > 0,
    }),
  );
  const currentNames = new Set(current.workloads.map((w) => w.name));
  for (const old of baseline?.workloads ?? []) {
    if (!currentNames.has(old.name)) workloads.push(describeMissing(old));
  }
  return {
    gate: decideGate(workloads.map((w) => w.verdict)),
    workloads,
    baseline: options.baseline ?? { store: 'none' },
    environmentDifferences,
    current,
    ...(baseline === null
      ? {}
      : {
          baselineReport: baseline,
          baselineEnvironment: baseline.environment,
        }),
  };
}

/** Decides the gate: oom over regressed over error; `missing` and `new` pass. */
export function decideGate(verdicts: readonly Verdict[]): GateVerdict {
  if (verdicts.includes('oom')) return 'oom';
  if (verdicts.includes('regressed')) return 'regressed';
  if (verdicts.includes('error')) return 'error';
  return 'passed';
}

/** Returns the workload's tolerance: its own fields over the run's over the defaults. */
export function effectiveTolerance(
  workload: Pick<WorkloadReport, 'maxIncreasePercent' | 'maxIncreaseBytes'>,
  runTolerance: Partial<Tolerance> = {},
): Tolerance {
  return {
    maxIncreasePercent:
      workload.maxIncreasePercent ??
      runTolerance.maxIncreasePercent ??
      DEFAULT_TOLERANCE.maxIncreasePercent,
    maxIncreaseBytes:
      workload.maxIncreaseBytes ??
      runTolerance.maxIncreaseBytes ??
      DEFAULT_TOLERANCE.maxIncreaseBytes,
  };
}

/**
 * Classifies a change of peak: regressed when it grows by more than both
 * tolerances, improved when it shrinks by more than both, else unchanged.
 * Exactly at a tolerance is within it.
 */
export function classifyChange(
  baselineBytes: number,
  currentBytes: number,
  tolerance: Tolerance,
): 'regressed' | 'improved' | 'unchanged' {
  const delta = currentBytes - baselineBytes;
  // Compared as delta * 100 > baseline * percent, so no rounding of a quotient.
  const beyond = (change: number) =>
    change > tolerance.maxIncreaseBytes &&
    change * 100 > baselineBytes * tolerance.maxIncreasePercent;
  if (beyond(delta)) return 'regressed';
  if (beyond(-delta)) return 'improved';
  return 'unchanged';
}

interface WorkloadOptions extends CompareOptions {
  environmentDiffers: boolean;
}

function compareWorkload(
  workload: WorkloadReport,
  baseline: WorkloadReport | null,
  options: WorkloadOptions,
): WorkloadComparison {
  const tolerance = effectiveTolerance(workload, options.tolerance);
  // A peak of 0 B means nothing was measured: a Python process alone
  // charges megabytes to its cgroup.
  const usable =
    baseline !== null &&
    baseline.outcome === 'ok' &&
    baseline.peakBytes !== null &&
    baseline.peakBytes > 0;
  const baselinePeak = usable ? baseline.peakBytes : null;
  const result = describeCurrent(workload, baseline, tolerance);
  result.baselinePeakBytes = baselinePeak;
  const verdict = decideVerdict(workload, baselinePeak, tolerance);
  result.verdict = verdict;

  if (verdict === 'oom' || verdict === 'error') {
    const escaped = workload.runs.find((run) => run.leftCgroup === true);
    result.message =
      workload.outcome === 'ok' && escaped !== undefined
        ? escaped.message
        : workload.message;
  }
  if (
    baselinePeak !== null &&
    workload.peakBytes !== null &&
    verdict !== 'oom' &&
    verdict !== 'error'
  ) {
    result.deltaBytes = workload.peakBytes - baselinePeak;
    result.deltaPercent = (result.deltaBytes / baselinePeak) * 100;
    if (options.environmentDiffers) result.environmentDiffers = true;
  }
  if (baseline !== null && !usable) {
    result.notes.push(describeUnusableBaseline(baseline));
  }
  addLimitNote(result);
  addNoiseNote(result, baselinePeak);
  addHeadroomNote(result, options.headroomPercent ?? DEFAULT_HEADROOM_PERCENT);
  addUnenforcedLimitNote(result, workload);
  return result;
}

// The measure-only sandbox caps nothing, so a workload past its limit ran to
// the end; under a real cap the kernel would have OOM-killed it.
function addUnenforcedLimitNote(
  result: WorkloadComparison,
  workload: WorkloadReport,
) {
  if (!workload.runs.some((run) => run.wouldExceedLimit === true)) return;
  result.lowHeadroom = true;
  result.notes.push(
    'would exceed the limit: the sampled peak passed it in a run that enforced no limit, so a real cap would have OOM-killed it',
  );
}

function describeUnusableBaseline(baseline: WorkloadReport): string {
  if (baseline.outcome !== 'ok') {
    return `baseline run ended "${baseline.outcome}", so there is no baseline peak to compare with`;
  }
  const peak = baseline.peakBytes === null ? 'no peak' : 'a peak of 0 B';
  return `baseline run recorded ${peak}, so nothing was measured to compare with`;
}

function decideVerdict(
  workload: WorkloadReport,
  baselinePeak: number | null,
  tolerance: Tolerance,
): Verdict {
  const oomKilled =
    workload.outcome === 'oom-killed' ||
    workload.runs.some(
      (run) => run.outcome === 'oom-killed' || run.oomKills > 0,
    );
  if (oomKilled) return 'oom';
  if (workload.outcome !== 'ok' || workload.peakBytes === null) return 'error';
  // A process that left the run's cgroup took its memory out of the peak.
  if (workload.runs.some((run) => run.leftCgroup === true)) return 'error';
  if (baselinePeak === null) return 'new';
  return classifyChange(baselinePeak, workload.peakBytes, tolerance);
}

function describeCurrent(
  workload: WorkloadReport,
  baseline: WorkloadReport | null,
  tolerance: Tolerance,
): WorkloadComparison {
  const spread =
    workload.maxPeakBytes !== null && workload.minPeakBytes !== null
      ? workload.maxPeakBytes - workload.minPeakBytes
      : null;
  return {
    name: workload.name,
    verdict: 'new',
    limitBytes: workload.limitBytes,
    baselineLimitBytes: baseline?.limitBytes ?? null,
    currentPeakBytes: workload.peakBytes,
    baselinePeakBytes: baseline?.outcome === 'ok' ? baseline.peakBytes : null,
    deltaBytes: null,
    deltaPercent: null,
    tolerance,
    spreadBytes: spread,
    noisy: false,
    lowHeadroom: false,
    notes: [],
  };
}

function describeMissing(old: WorkloadReport): WorkloadComparison {
  return {
    ...describeCurrent(old, old, effectiveTolerance(old)),
    verdict: 'missing',
    limitBytes: null,
    currentPeakBytes: null,
    spreadBytes: null,
    notes: ['in the baseline but not run now'],
  };
}

function addLimitNote(result: WorkloadComparison) {
  const { limitBytes, baselineLimitBytes, verdict } = result;
  if (
    verdict === 'missing' ||
    baselineLimitBytes === null ||
    limitBytes === null
  )
    return;
  if (limitBytes !== baselineLimitBytes) {
    result.notes.push(`baseline limit ${formatBytes(baselineLimitBytes)}`);
  }
}

/** Marks a verdict as uncertain when the runs vary more than the tolerance allows. */
function addNoiseNote(result: WorkloadComparison, baselinePeak: number | null) {
  if (result.spreadBytes === null || result.currentPeakBytes === null) return;
  const reference = baselinePeak ?? result.currentPeakBytes;
  const { maxIncreaseBytes, maxIncreasePercent } = result.tolerance;
  const allowed = Math.max(
    maxIncreaseBytes,
    (reference * maxIncreasePercent) / 100,
  );
  if (result.spreadBytes > allowed) {
    result.noisy = true;
    result.notes.push(
      `noisy: the runs' peaks vary by ${formatBytes(result.spreadBytes)}, more than the tolerance of ${formatBytes(allowed)}`,
    );
  }
}

function addHeadroomNote(result: WorkloadComparison, headroomPercent: number) {
  const { currentPeakBytes: peak, limitBytes: limit } = result;
  if (peak === null || limit === null || limit <= 0) return;
  if (peak * 100 > limit * headroomPercent) {
    result.lowHeadroom = true;
    const share = ((peak / limit) * 100).toFixed(0);
    result.notes.push(
      `low headroom: peak is ${share}% of the ${formatBytes(limit)} limit`,
    );
  }
}
