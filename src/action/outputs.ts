import * as core from '@actions/core';
import type { Comparison } from '../compare/types.js';
import type { Report } from '../report/types.js';
import { Outputs } from './constants.js';

/** Sets an output and logs it as `name = value`. */
export function setOutput(name: string, value: string | number): void {
  core.setOutput(name, value);
  core.info(`${name} = ${value}`);
}

/**
 * Sets the outputs of a comparison. Peak and baseline bytes are set when
 * one workload ran, even when the baseline has others.
 */
export function setComparisonOutputs(
  comparison: Comparison,
  reportFile: string | null,
): void {
  setOutput(Outputs.Verdict, comparison.gate);
  if (reportFile !== null) setOutput(Outputs.Report, reportFile);
  const regressions = comparison.workloads.filter(
    (w) => w.verdict === 'regressed',
  ).length;
  setOutput(Outputs.Regressions, regressions);
  const ran = comparison.current.workloads;
  const only =
    ran.length === 1
      ? comparison.workloads.find((w) => w.name === ran[0]!.name)
      : undefined;
  if (only !== undefined) {
    setOutput(Outputs.PeakBytes, only.currentPeakBytes ?? '');
    setOutput(Outputs.BaselineBytes, only.baselinePeakBytes ?? '');
  }
}

/** Sets the outputs of `mode: measure`, which compares nothing. */
export function setMeasureOutputs(report: Report, reportFile: string): void {
  setOutput(Outputs.Report, reportFile);
  if (report.workloads.length === 1) {
    setOutput(Outputs.PeakBytes, report.workloads[0]!.peakBytes ?? '');
  }
}
