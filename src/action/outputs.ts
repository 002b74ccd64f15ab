import * as core from '@actions/core';
import type { Comparison } from '../compare/types.js';
import type { Report } from '../report/types.js';
import { Outputs } from './constants.js';

/** Sets an output and logs it as `name = value`. */
export function setOutput(name: string, value: string | number): void {
  core.setOutput(name, value);
  core.info(`${name} = ${value}`);
}

/** Sets the outputs of a comparison; peak and baseline bytes only for one workload. */
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
  if (comparison.workloads.length === 1) {
    const [only] = comparison.workloads;
    setOutput(Outputs.PeakBytes, only!.currentPeakBytes ?? '');
    setOutput(Outputs.BaselineBytes, only!.baselinePeakBytes ?? '');
  }
}

/** Sets the outputs of `mode: measure`, which compares nothing. */
export function setMeasureOutputs(report: Report, reportFile: string): void {
  setOutput(Outputs.Report, reportFile);
  if (report.workloads.length === 1) {
    setOutput(Outputs.PeakBytes, report.workloads[0]!.peakBytes ?? '');
  }
}
