// `mode: report` as the runner starts it: prepared report files (as
// actions/download-artifact leaves them) merged, compared with a committed
// baseline file and published through the fake GitHub server.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleAction,
  fixturePath,
  loadEvent,
  readActionDefaults,
  runAction,
  type ActionRunResult,
} from '../support/action-runner.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { ACTIONS_BOT, FakeGitHub } from '../support/github-server.js';

const COMMENT_LIMIT = 65_536;
const shardFiles = [
  'shard-1-of-3.json',
  'shard-2-of-3.json',
  'shard-3-of-3.json',
];
const configOrder = [
  'w1-parse',
  'w2-index',
  'w3-train',
  'w4-export',
  'w5-score',
  'w6-plot',
];

describe('action in report mode', () => {
  const server = new FakeGitHub('octo/widgets');
  let bundle: string;
  let repo: GitFixture;
  let mainSha: string;
  let defaults: Record<string, string>;

  beforeAll(async () => {
    await server.start();
    server.addToken('workflow-token', {
      account: ACTIONS_BOT,
      write: true,
      readUser: false,
    });
    bundle = await bundleAction();
    const baseline = await readFile(
      fixturePath('reports/baseline.json'),
      'utf8',
    );
    repo = await createGitFixture({ 'memgate-baseline.json': baseline });
    mainSha = await repo.git(['rev-parse', 'main'], repo.origin);
    defaults = {
      ...(await readActionDefaults('workflow-token')),
      mode: 'report',
      baseline: 'file',
      'report-path': 'reports/**/*.json',
    };
  });

  afterEach(() => {
    expect(server.problems.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await server.close();
    await repo?.remove();
    if (bundle)
      await rm(path.dirname(bundle), { recursive: true, force: true });
  });

  /** Clones main and places the report files where download-artifact would. */
  async function workspaceWith(
    reports: Record<string, string>,
  ): Promise<string> {
    const workspace = await repo.clone(mainSha);
    for (const [name, text] of Object.entries(reports)) {
      const folder = path.join(
        workspace,
        'reports',
        name.replace(/\.json$/, ''),
      );
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'memgate-report.json'), text);
    }
    return workspace;
  }

  async function fixtureReports(
    names: string[],
  ): Promise<Record<string, string>> {
    const entries = await Promise.all(
      names.map(async (name) => [
        name,
        await readFile(fixturePath(`reports/${name}`), 'utf8'),
      ]),
    );
    return Object.fromEntries(entries);
  }

  async function runOnPullRequest(
    number: number,
    reports: Record<string, string>,
  ): Promise<ActionRunResult> {
    const headSha = await repo.commit(
      `refs/heads/feature-${number}`,
      { 'change.txt': String(number) },
      mainSha,
    );
    return runAction({
      bundle,
      workspace: await workspaceWith(reports),
      apiUrl: server.url,
      eventName: 'pull_request',
      payload: await loadEvent('pull_request', {
        PR_NUMBER: number,
        HEAD_SHA: headSha,
        BASE_SHA: mainSha,
        HEAD_REPOSITORY: 'octo/widgets',
      }),
      sha: headSha,
      ref: `refs/pull/${number}/merge`,
      inputs: defaults,
    });
  }

  it('workflow_run finds the fork pull request', async () => {
    const forkHead = await repo.commit(
      'refs/pull/7/head',
      { 'change.txt': 'fork' },
      mainSha,
    );
    server.state.pulls.push({
      number: 7,
      headSha: forkHead,
      headRepository: 'fork/widgets',
      baseRef: 'main',
      baseSha: mainSha,
    });
    const result = await runAction({
      bundle,
      workspace: await workspaceWith(await fixtureReports(shardFiles)),
      apiUrl: server.url,
      eventName: 'workflow_run',
      payload: await loadEvent('workflow_run', {
        HEAD_SHA: forkHead,
        HEAD_REPOSITORY: 'fork/widgets',
      }),
      sha: mainSha,
      ref: 'refs/heads/main',
      inputs: defaults,
      runnerTemp: repo.root,
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.outputs.regressions).toBe('1');
    // The reports name pull request 999; only the API decides.
    expect(server.commentsOf(999)).toHaveLength(0);
    expect(server.commentsOf(7)).toHaveLength(1);
    expect(server.requests).toContain(
      `GET /repos/octo/widgets/commits/${forkHead}/pulls?per_page=100`,
    );
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    expect(report.workloads).toHaveLength(6);
  });

  it('merges three shards into one comment', async () => {
    const result = await runOnPullRequest(8, await fixtureReports(shardFiles));
    expect(result.exitCode).toBe(1);
    const comments = server.commentsOf(8);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    const rows = body.split('\n').filter((line) => /^\| w\d/.test(line));
    expect(
      rows.map((row) => row.split('|')[1]!.trim().replace(/\\/g, '')),
    ).toEqual(configOrder);
    expect(rows[1]).toContain('🔴 regressed');
    expect(rows.filter((row) => row.includes('unchanged'))).toHaveLength(5);
  });

  it('cuts an oversized comment at the details', async () => {
    const report = JSON.parse(
      await readFile(fixturePath('reports/baseline.json'), 'utf8'),
    );
    for (const workload of report.workloads.slice(0, 3)) {
      workload.outcome = 'failed';
      workload.runs[0].outcome = 'failed';
      workload.runs[0].exitCode = 1;
      workload.runs[0].message = 'exited with code 1';
      workload.runs[0].stderrTail = Array.from(
        { length: 20 },
        (_, line) => `${workload.name} line ${line} ${'x'.repeat(1500)}`,
      );
    }
    const result = await runOnPullRequest(9, {
      'large.json': JSON.stringify(report),
    });
    expect(result.outputs.verdict).toBe('error');
    const body = server.commentsOf(9)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (const name of configOrder)
      expect(body).toContain(`| ${name.replace(/-/g, '\\-')} |`);
    expect(body).toContain('the job summary of the [workflow run]');
    expect(result.summary).toContain('w3-train line 19');
    expect(result.summary.length).toBeGreaterThan(COMMENT_LIMIT);
  });

  it('escapes HTML and mentions in names', async () => {
    const result = await runOnPullRequest(
      10,
      await fixtureReports(['hostile-name.json']),
    );
    expect(result.outputs.verdict).toBe('oom');
    const body = server.commentsOf(10)[0]!.body;
    // Text inside fenced code blocks is shown literally, so check the rest.
    const outsideCode = body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toMatch(/<img|<script|<\/details> </);
    expect(outsideCode).not.toMatch(/@octocat/);
    expect(outsideCode).not.toMatch(/\]\(https:\/\/evil/);
    expect(body.split('<!-- memgate:default -->')).toHaveLength(2);
    expect(body).toContain('&lt;img src=x');
    expect(result.stdout).toContain('::error title=memgate%3A <img');
  });
});
