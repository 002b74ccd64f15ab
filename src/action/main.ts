import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { compareReports } from '../compare/compare.js';
import type { Comparison } from '../compare/types.js';
import { createClient } from '../github/client.js';
import { findPullRequestOfRun } from '../github/pull-request.js';
import { measureWorkloads } from '../measure/index.js';
import { writeReport } from '../report/write.js';
import type { Report } from '../report/types.js';
import { loadBaseline, storeBaseline } from './baseline.js';
import { Outputs } from './constants.js';
import { readEvent, type EventInfo } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import {
  setComparisonOutputs,
  setMeasureOutputs,
  setOutput,
} from './outputs.js';
import {
  publishCheckRun,
  publishComment,
  publishSummary,
  type PublishTarget,
} from './publish.js';
import { readReportFiles, mergeReports } from './reports.js';
import { formatShard } from './shard.js';
import { planWorkloads, type WorkloadPlan } from './workloads.js';

/** Comparison target: the pull request, its base branch and head commit. */
interface CompareTarget {
  pullRequest: number | null;
  baseBranch: string;
  head: string;
}

/** Runs the action; every failure ends as a failed step with a message. */
export async function run(): Promise<void> {
  try {
    const inputs = await core.group('Read inputs', async () => readInputs());
    const event = readEvent();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    core.info(
      `Event ${event.name} on ${event.ref || event.sha}, mode ${inputs.mode}`,
    );
    switch (inputs.mode) {
      case 'measure':
        return await measureOnly(inputs, event, workspace);
      case 'report':
        return await reportFromFiles(inputs, event, workspace);
      case 'run':
        return event.isDefaultBranchPush
          ? await measureAndStore(inputs, event, workspace)
          : await measureAndCompare(inputs, event, workspace);
    }
  } catch (error) {
    setOutput(Outputs.Verdict, 'error');
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** `mode: measure`: writes the report, with pull request and commits, for a later job. */
async function measureOnly(
  inputs: ActionInputs,
  event: EventInfo,
  workspace: string,
) {
  const { report } = await measure(inputs, workspace);
  report.git = gitContext(event);
  if (inputs.shard) report.shard = formatShard(inputs.shard);
  const file = await saveReport(inputs, workspace, report);
  setMeasureOutputs(report, file);
}

/** Measures and stores the baseline record, on a push to the default branch. */
async function measureAndStore(
  inputs: ActionInputs,
  event: EventInfo,
  workspace: string,
) {
  const { report, plan } = await measure(inputs, workspace);
  report.git = { commit: event.sha, ref: event.ref };
  const file = await saveReport(inputs, workspace, report);
  await core.group('Store the baseline record', () =>
    storeBaseline(inputs, workspace, event.sha, report),
  );
  const comparison = compareReports(report, null, comparisonOptions(plan));
  await core.group('Publish', () => publishSummary(comparison, event.runUrl));
  finish(comparison, inputs, file);
}

/** Measures, compares and publishes, on a pull request or any other event. */
async function measureAndCompare(
  inputs: ActionInputs,
  event: EventInfo,
  workspace: string,
) {
  const { report, plan } = await measure(inputs, workspace);
  report.git = gitContext(event);
  const file = await saveReport(inputs, workspace, report);
  const target = targetOfEvent(event);
  await compareAndPublish(report, target, plan, inputs, event, workspace, file);
}

/** `mode: report`: merges the reports of earlier jobs, compares and publishes. */
async function reportFromFiles(
  inputs: ActionInputs,
  event: EventInfo,
  workspace: string,
) {
  const report = await core.group('Read reports', async () => {
    const files = await readReportFiles(inputs.reportPath, workspace);
    for (const { file, report } of files) {
      core.info(
        `${file}: ${report.workloads.length} workload(s)${report.shard ? `, shard ${report.shard}` : ''}`,
      );
    }
    return mergeReports(files.map(({ report }) => report));
  });
  const merged = await saveMergedReport(report);
  const target = await core.group('Find the pull request', () =>
    findTarget(inputs, event),
  );
  await compareAndPublish(
    report,
    target,
    { workloads: [], tolerance: inputs.tolerance },
    inputs,
    event,
    workspace,
    merged,
  );
}

async function compareAndPublish(
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

/**
 * Finds the pull request of `mode: report`: from the API for workflow_run,
 * because the report was written by the pull request's own code, or from
 * the payload for pull_request.
 */
async function findTarget(
  inputs: ActionInputs,
  event: EventInfo,
): Promise<CompareTarget> {
  if (event.workflowRun) {
    const pull =
      inputs.token === ''
        ? null
        : await findPullRequestOfRun(
            createClient(inputs.token),
            event.repository,
            event.workflowRun,
          );
    if (pull === null)
      core.info(
        `No open pull request has head commit ${event.workflowRun.head_sha}: no comment`,
      );
    return {
      pullRequest: pull?.number ?? null,
      baseBranch: pull?.baseRef ?? requireDefaultBranch(event),
      head: event.workflowRun.head_sha,
    };
  }
  return targetOfEvent(event);
}

/** Returns the pull request of a pull_request event, or the pushed commit otherwise. */
function targetOfEvent(event: EventInfo): CompareTarget {
  const pull = event.pullRequest;
  return {
    pullRequest: pull?.number ?? null,
    baseBranch: pull?.baseRef ?? requireDefaultBranch(event),
    head: pull?.headSha ?? event.sha,
  };
}

/** Returns the commits a report was measured on, with the pull request where there is one. */
function gitContext(event: EventInfo): Report['git'] {
  const pull = event.pullRequest;
  return {
    commit: event.sha,
    ref: event.ref,
    ...(pull
      ? {
          pullRequest: pull.number,
          baseCommit: pull.baseSha,
          headCommit: pull.headSha,
        }
      : {}),
  };
}

async function measure(inputs: ActionInputs, workspace: string) {
  return core.group('Measure', async () => {
    const plan = await planWorkloads(inputs, workspace);
    const report = await measureWorkloads(plan.workloads, {
      log: (line) => core.info(line),
      handleSignals: true,
    });
    return { report, plan };
  });
}

/** Writes the merged report next to the runner's temporary files, for the `report` output. */
async function saveMergedReport(report: Report): Promise<string> {
  const folder = process.env.RUNNER_TEMP || os.tmpdir();
  const file = path.join(folder, `memgate-merged-report-${process.pid}.json`);
  await writeReport(file, report);
  core.info(`Merged report written to ${file}`);
  return file;
}

async function saveReport(
  inputs: ActionInputs,
  workspace: string,
  report: Report,
): Promise<string> {
  const file = path.resolve(workspace, inputs.reportPath);
  await writeReport(file, report);
  core.info(`Report written to ${file}`);
  return file;
}

function comparisonOptions(plan: WorkloadPlan) {
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

function finish(
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

function requireDefaultBranch(event: EventInfo): string {
  if (event.defaultBranch === undefined) {
    throw new Error(
      `The ${event.name} event payload names no default branch to take a baseline from.`,
    );
  }
  return event.defaultBranch;
}
