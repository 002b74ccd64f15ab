import * as os from 'node:os';
import * as path from 'node:path';
import * as core from '@actions/core';
import { measureWorkloads } from '../measure/index.js';
import { writeReport } from '../report/write.js';
import type { Report } from '../report/types.js';
import type { ActionInputs } from './inputs.js';
import { planWorkloads } from './workloads.js';

/**
 * Variables the runner gives a JavaScript action but not a `run:` step:
 * the cache, artifact and OIDC tokens and their URLs.
 */
const ACTION_ONLY_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
];

/**
 * Removes the action-only variables and every INPUT_* variable (the
 * `github-token` input among them) from this process's environment, which
 * the workloads inherit. Inputs are read before this runs.
 *
 * NOTE: the values stay readable in /proc/<memgate pid>/environ, because
 * the kernel keeps a process's starting environment there and Node.js
 * cannot make itself non-dumpable. A workload of the same user can read
 * them, so this keeps them out of the workload's environment only.
 */
export function removeActionVariables(env: NodeJS.ProcessEnv = process.env) {
  for (const name of Object.keys(env)) {
    if (ACTION_ONLY_VARIABLES.includes(name) || name.startsWith('INPUT_')) {
      delete env[name];
    }
  }
}

/** Plans this step's workloads and measures them under their cgroups. */
export async function measure(inputs: ActionInputs, workspace: string) {
  return core.group('Measure', async () => {
    removeActionVariables();
    const plan = await planWorkloads(inputs, workspace);
    const report = await measureWorkloads(plan.workloads, {
      log: (line) => core.info(line),
      handleSignals: true,
    });
    // Carried in the report, so that `mode: report` gates as `mode: run` does.
    if (plan.settings !== undefined) report.settings = plan.settings;
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
