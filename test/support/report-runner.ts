// Runs the bundled action in `mode: report` against report files that a
// test builds, on a clone of an origin whose main has the fixtures'
// baseline committed as memgate-baseline.json.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { useActionHarness, type ActionHarness } from './action-harness.js';
import {
  fixturePath,
  loadEvent,
  runAction,
  type ActionRunResult,
} from './action-runner.js';

/** A report as parsed JSON, free to change in a test. */
export type Json = Record<string, any>;

/** Reads a fixture report from fixtures/action/reports as a mutable object. */
export async function fixtureReport(name: string): Promise<Json> {
  return JSON.parse(await readFile(fixturePath(`reports/${name}`), 'utf8'));
}

/** Makes every run of `report`'s first workload fail with `stderr`. */
export function failFirstWorkload(report: Json, stderr: string[]): Json {
  const workload = report.workloads[0];
  const message = `exited with code 3: python3 fail.py\nlast lines of stderr:\n${stderr.join('\n')}`;
  workload.outcome = 'failed';
  workload.message = message;
  for (const run of workload.runs) {
    run.outcome = 'failed';
    run.exitCode = 3;
    run.message = message;
    run.stderrTail = stderr;
  }
  return report;
}

/** What useReportRunner returns. */
export interface ReportRunner {
  harness: ActionHarness;
  runOnPullRequest(
    number: number,
    reports: Json[],
    inputs?: Record<string, string>,
    environment?: Record<string, string>,
  ): Promise<ActionRunResult>;
  runOnPush(reports: Json[]): Promise<ActionRunResult>;
  /** Runs on a workflow_run event whose triggering run measured `headSha`. */
  runOnWorkflowRun(headSha: string, reports: Json[]): Promise<ActionRunResult>;
}

/** Registers the harness hooks and returns runners for pull requests and pushes. */
export function useReportRunner(): ReportRunner {
  const harness = useActionHarness(
    async () => ({
      'memgate-baseline.json': await readFile(
        fixturePath('reports/baseline.json'),
        'utf8',
      ),
    }),
    { mode: 'report', baseline: 'file', 'report-path': 'reports/*.json' },
  );

  async function workspaceWith(reports: Json[]): Promise<string> {
    const workspace = await harness.repo.clone(harness.mainSha);
    await mkdir(path.join(workspace, 'reports'));
    for (const [index, report] of reports.entries()) {
      await writeFile(
        path.join(workspace, 'reports', `report-${index + 1}.json`),
        JSON.stringify(report),
      );
    }
    return workspace;
  }

  return {
    harness,
    async runOnPullRequest(number, reports, inputs = {}, environment = {}) {
      return runAction({
        bundle: harness.bundle,
        workspace: await workspaceWith(reports),
        apiUrl: harness.server.url,
        eventName: 'pull_request',
        payload: await loadEvent('pull_request', {
          PR_NUMBER: number,
          HEAD_SHA: harness.mainSha,
          BASE_SHA: harness.mainSha,
          HEAD_REPOSITORY: 'octo/widgets',
        }),
        sha: harness.mainSha,
        ref: `refs/pull/${number}/merge`,
        inputs: { ...harness.defaults, ...inputs },
        environment,
      });
    },
    async runOnPush(reports) {
      return runAction({
        bundle: harness.bundle,
        workspace: await workspaceWith(reports),
        apiUrl: harness.server.url,
        eventName: 'push',
        payload: await loadEvent('push', { HEAD_SHA: harness.mainSha }),
        sha: harness.mainSha,
        ref: 'refs/heads/main',
        inputs: { ...harness.defaults, baseline: 'branch' },
      });
    },
    async runOnWorkflowRun(headSha, reports) {
      return runAction({
        bundle: harness.bundle,
        workspace: await workspaceWith(reports),
        apiUrl: harness.server.url,
        eventName: 'workflow_run',
        payload: await loadEvent('workflow_run', {
          HEAD_SHA: headSha,
          HEAD_REPOSITORY: 'fork/widgets',
        }),
        sha: harness.mainSha,
        ref: 'refs/heads/main',
        inputs: harness.defaults,
      });
    },
  };
}
