import * as core from '@actions/core';
import { compareReports } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import type { Report } from '../report/types.js';
import { loadBaseline } from './baseline.js';
import { Outputs } from './constants.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';
import { setComparisonOutputs, setOutput } from './outputs.js';
import {
  publishCheckRun,
  publishComment,
  publishSummary,
  type PublishTarget,
} from './publish.js';
import type { CompareTarget } from './target.js';
import type { WorkloadPlan } from './workloads.js';

/**
 * Compares `report` with the baseline of the target's merge-base, then
 * publishes the summary, annotations, comment and check run, sets the
 * outputs and fails the step when the gate fails.
 */
export async function compareAndPublish(
  report: Report,
  target: CompareTarget,
  plan: WorkloadPlan,
  inputs: ActionInputs,
  event: EventInfo,
  workspace: string,
  reportFile: string | null,
) {
  const baseline = await core.group('Select the baseline', () =>
    loadBaseline(inputs, workspace, target.baseBranch, target.head),
  );
  const comparison = compareReports(report, baseline.report, {
    ...comparisonOptions(plan),
    baseline: baseline.info,
  });
  const publishTarget: PublishTarget = {
    repository: event.repository,
    pullRequest: target.pullRequest,
    headSha: target.head,
    runUrl: event.runUrl,
  };
  const failed = gateFails(comparison, inputs);
  await core.group('Publish', async () => {
    await publishSummary(comparison, event.runUrl);
    const url = await publishComment(comparison, publishTarget, inputs);
    if (url !== null) setOutput(Outputs.CommentUrl, url);
    await publishCheckRun(comparison, publishTarget, inputs, failed);
  });
  finish(comparison, inputs, reportFile);
}

/** Returns the comparison settings from the configuration and inputs. */
export function comparisonOptions(plan: WorkloadPlan) {
  return {
    tolerance: plan.tolerance,
    ...(plan.headroomPercent === undefined
      ? {}
      : { headroomPercent: plan.headroomPercent }),
  };
}

/**
 * Decides whether the step fails. A regression fails it unless
 * fail-on-regression is false, and an OOM kill or a failed workload always does.
 */
function gateFails(comparison: Comparison, inputs: ActionInputs): boolean {
  if (comparison.gate === 'passed') return false;
  return comparison.gate !== 'regressed' || inputs.failOnRegression;
}

/** Sets the outputs and fails the step when the gate fails. */
export function finish(
  comparison: Comparison,
  inputs: ActionInputs,
  reportFile: string | null,
) {
  setComparisonOutputs(comparison, reportFile);
  if (gateFails(comparison, inputs)) {
    const failing = comparison.workloads.filter((w) =>
      ['regressed', 'oom', 'error'].includes(w.verdict),
    );
    core.setFailed(
      `memgate: ${comparison.gate}: ${failing.map((w) => `${w.name} (${w.verdict})`).join(', ')}`,
    );
  } else if (comparison.gate === 'regressed') {
    core.warning(
      'Peak memory regressed, but fail-on-regression is false, so the step passes.',
    );
  }
}
