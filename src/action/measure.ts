import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { measureWorkloads } from '../measure/index.js';
import { writeReport } from '../report/write.js';
import type { Report } from '../report/types.js';
import type { ActionInputs } from './inputs.js';
import { planWorkloads } from './workloads.js';

/** Plans this step's workloads and measures them under their cgroups. */
export async function measure(inputs: ActionInputs, workspace: string) {
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
export async function saveMergedReport(report: Report): Promise<string> {
  const folder = process.env.RUNNER_TEMP || os.tmpdir();
  const file = path.join(folder, `memgate-merged-report-${process.pid}.json`);
  await writeReport(file, report);
  core.info(`Merged report written to ${file}`);
  return file;
}

/** Writes the report to the `report-path` input, relative to the workspace. */
export async function saveReport(
  inputs: ActionInputs,
  workspace: string,
  report: Report,
): Promise<string> {
  const file = path.resolve(workspace, inputs.reportPath);
  await writeReport(file, report);
  core.info(`Report written to ${file}`);
  return file;
}
