import * as path from 'node:path';
import * as core from '@actions/core';
import { compareReports } from '../compare/compare.js';
import { storeBaseline } from './baseline.js';
import { readEvent, type EventInfo } from './event.js';
import { comparisonOptions, compareAndPublish, finish } from './gate.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { measure, saveMergedReport, saveReport } from './measure.js';
import { reportFailure } from './failure.js';
import { setMeasureOutputs } from './outputs.js';
import { publishSummary } from './publish.js';
import { mergeReports, readReportFiles } from './reports.js';
import { formatShard } from './shard.js';
import { findTarget, gitContext, targetOfEvent } from './target.js';
import { planSettings, type WorkloadPlan } from './workloads.js';
import type { Report } from '../report/types.js';

/** Runs the action; every failure ends as a failed step with a message. */
export async function run(): Promise<void> {
  let inputs: ActionInputs | null = null;
  let event: EventInfo | null = null;
  try {
    inputs = await core.group('Read inputs', async () => readInputs());
    event = readEvent();
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
    await reportFailure(error, inputs, event);
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
  await storeAndSummarize(report, plan, inputs, event, workspace, file);
}

/** Stores the record of the pushed commit and writes the job summary; no comment. */
async function storeAndSummarize(
  report: Report,
  plan: WorkloadPlan,
  inputs: ActionInputs,
  event: EventInfo,
  workspace: string,
  reportFile: string,
) {
  await core.group('Store the baseline record', () =>
    storeBaseline(inputs, workspace, event.sha, report),
  );
  const comparison = compareReports(report, null, comparisonOptions(plan));
  await core.group('Publish', () => publishSummary(comparison, event.runUrl));
  finish(comparison, inputs, reportFile);
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

/**
 * `mode: report`: merges the reports of earlier jobs, then compares and
 * publishes, or on a push to the default branch stores the merged record.
 */
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
    return mergeReports(
      files.map(({ report }) => report),
      files.map(({ file }) => path.relative(workspace, file) || file),
    );
  });
  const merged = await saveMergedReport(report);
  const plan = { workloads: [], ...planSettings(report.settings, inputs) };
  if (event.isDefaultBranchPush) {
    report.git = { commit: event.sha, ref: event.ref };
    return storeAndSummarize(report, plan, inputs, event, workspace, merged);
  }
  const target = await core.group('Find the pull request', () =>
    findTarget(inputs, event),
  );
  await compareAndPublish(
    report,
    target,
    plan,
    inputs,
    event,
    workspace,
    merged,
  );
}
