import * as core from '@actions/core';
import type { Comparison, WorkloadComparison } from '../compare/types.js';
import { formatBytes, formatDeltaMiB } from '../units/size.js';

/**
 * Writes one error annotation per regressed, OOM-killed or failed workload
 * and a warning per workload whose peak is close to its limit. Annotations
 * are plain text, so names need no Markdown escaping.
 */
export function writeAnnotations(comparison: Comparison): void {
  for (const workload of comparison.workloads) {
    const error = describeFailure(workload);
    if (error) core.error(error.message, { title: error.title });
    if (workload.lowHeadroom && workload.currentPeakBytes !== null) {
      core.warning(
        `${workload.name} peaked at ${formatBytes(workload.currentPeakBytes)} of its ${formatBytes(workload.limitBytes ?? 0)} limit: raise the limit or cut memory use before it is OOM-killed.`,
        { title: `memgate: low headroom in ${workload.name}` },
      );
    }
  }
}

function describeFailure(
  workload: WorkloadComparison,
): { title: string; message: string } | undefined {
  switch (workload.verdict) {
    case 'regressed':
      return {
        title: `memgate: ${workload.name} regressed`,
        message: `${workload.name} peaked at ${formatBytes(workload.currentPeakBytes ?? 0)}, ${formatDeltaMiB(workload.deltaBytes ?? 0)} (${(workload.deltaPercent ?? 0).toFixed(1)}%) over the baseline's ${formatBytes(workload.baselinePeakBytes ?? 0)}, beyond the tolerance.`,
      };
    case 'oom':
      return {
        title: `memgate: ${workload.name} was OOM-killed`,
        message:
          workload.message ??
          `${workload.name} was OOM-killed at its ${formatBytes(workload.limitBytes ?? 0)} limit.`,
      };
    case 'error':
      return {
        title: `memgate: ${workload.name} failed`,
        message:
          workload.message ??
          `${workload.name} failed, so nothing was measured.`,
      };
    default:
      return undefined;
  }
}
