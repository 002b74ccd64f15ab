// `mode: report` as the runner starts it: prepared report files (as
// actions/download-artifact leaves them) merged, compared with a committed
// baseline file and published through the fake GitHub server.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/compare/markdown.js';
import { useActionHarness } from '../support/action-harness.js';
import {
  fixturePath,
  loadEvent,
  runAction,
  type ActionRunResult,
} from '../support/action-runner.js';

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

/** Returns the files of main: the baseline committed for `baseline: file`. */
async function reportRepository(): Promise<Record<string, string>> {
  const baseline = await readFile(fixturePath('reports/baseline.json'), 'utf8');
  return { 'memgate-baseline.json': baseline };
}

describe('action in report mode', () => {
  const harness = useActionHarness(reportRepository, {
    mode: 'report',
    baseline: 'file',
    'report-path': 'reports/**/*.json',
  });

  /** Clones main and places the report files where download-artifact would. */
  async function workspaceWith(
    reports: Record<string, string>,
  ): Promise<string> {
    const workspace = await harness.repo.clone(harness.mainSha);
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
    const headSha = await harness.repo.commit(
      `refs/heads/feature-${number}`,
      { 'change.txt': String(number) },
      harness.mainSha,
    );
    return runAction({
      bundle: harness.bundle,
      workspace: await workspaceWith(reports),
      apiUrl: harness.server.url,
      eventName: 'pull_request',
      payload: await loadEvent('pull_request', {
        PR_NUMBER: number,
        HEAD_SHA: headSha,
        BASE_SHA: harness.mainSha,
        HEAD_REPOSITORY: 'octo/widgets',
      }),
      sha: headSha,
      ref: `refs/pull/${number}/merge`,
      inputs: harness.defaults,
    });
  }

  it('workflow_run finds the fork pull request', async () => {
    const forkHead = await harness.repo.commit(
      'refs/pull/7/head',
      { 'change.txt': 'fork' },
      harness.mainSha,
    );
    harness.server.state.pulls.push({
      number: 7,
      headSha: forkHead,
      headRepository: 'fork/widgets',
      baseRef: 'main',
      baseSha: harness.mainSha,
    });

    const result = await runAction({
      bundle: harness.bundle,
      workspace: await workspaceWith(await fixtureReports(shardFiles)),
      apiUrl: harness.server.url,
      eventName: 'workflow_run',
      payload: await loadEvent('workflow_run', {
        HEAD_SHA: forkHead,
        HEAD_REPOSITORY: 'fork/widgets',
      }),
      sha: harness.mainSha,
      ref: 'refs/heads/main',
      inputs: harness.defaults,
      runnerTemp: harness.repo.root,
    });

    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.outputs.regressions).toBe('1');

    // The reports name pull request 999; only the API decides.
    expect(harness.server.commentsOf(999)).toHaveLength(0);
    expect(harness.server.commentsOf(7)).toHaveLength(1);
    expect(harness.server.requests).toContain(
      `GET /repos/octo/widgets/commits/${forkHead}/pulls?per_page=100`,
    );

    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    expect(report.workloads).toHaveLength(6);
  });

  it('merges three shards into one comment', async () => {
    const result = await runOnPullRequest(8, await fixtureReports(shardFiles));
    expect(result.exitCode).toBe(1);
    const comments = harness.server.commentsOf(8);
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
    const body = harness.server.commentsOf(9)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (const name of configOrder)
      expect(body).toContain(`| ${escapeMarkdown(name)} |`);
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
    const body = harness.server.commentsOf(10)[0]!.body;
    // Text inside fenced code blocks is shown literally, so check the rest.
    const outsideCode = body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toMatch(/<img|<script|<\/details> </);
    expect(outsideCode).not.toMatch(/@octocat/);
    expect(outsideCode).not.toMatch(/\]\(https:\/\/evil/);
    expect(body.split('<!-- memgate:default -->')).toHaveLength(2);
    expect(body).toContain('&lt;img src=x');
    expect(result.stdout).toContain('::error title=memgate%3A <img');
    expect(result.stdout).toContain(
      '::warning title=memgate%3A low headroom in <img',
    );
  });
});

describe('action in report mode, other settings', () => {
  const harness = useActionHarness(reportRepository, {
    mode: 'report',
    baseline: 'file',
    'report-path': 'reports/*.json',
  });

  async function run(
    eventName: string,
    payload: unknown,
    inputs: Record<string, string>,
    reports: string[],
  ) {
    const workspace = await harness.repo.clone(harness.mainSha);
    await mkdir(path.join(workspace, 'reports'));
    for (const name of reports) {
      const report = JSON.parse(
        await readFile(fixturePath(`reports/${name}`), 'utf8'),
      );
      // One shard alone is an incomplete matrix, so a lone report is
      // written as a whole set.
      if (reports.length === 1) delete report.shard;
      await writeFile(
        path.join(workspace, 'reports', name),
        JSON.stringify(report),
      );
    }
    return runAction({
      bundle: harness.bundle,
      workspace,
      apiUrl: harness.server.url,
      eventName,
      payload,
      sha: harness.mainSha,
      ref: 'refs/heads/main',
      inputs: { ...harness.defaults, ...inputs },
    });
  }

  function requestsNaming(sha: string): string[] {
    return harness.server.requests.filter((request) => request.includes(sha));
  }

  async function pullRequestPayload(number: number) {
    const head = await harness.repo.commit(
      `refs/heads/feature-${number}`,
      { 'change.txt': String(number) },
      harness.mainSha,
    );
    return {
      head,
      payload: await loadEvent('pull_request', {
        PR_NUMBER: number,
        HEAD_SHA: head,
        BASE_SHA: harness.mainSha,
        HEAD_REPOSITORY: 'octo/widgets',
      }),
    };
  }

  it('search finds a fork pull request', async () => {
    const forkHead = await harness.repo.commit(
      'refs/pull/20/head',
      { 'change.txt': 'fork 20' },
      harness.mainSha,
    );
    harness.server.state.pulls.push({
      number: 20,
      headSha: forkHead,
      headRepository: 'fork/widgets',
      baseRef: 'main',
      baseSha: harness.mainSha,
      listedForCommit: false,
    });
    const payload = await loadEvent('workflow_run', {
      HEAD_SHA: forkHead,
      HEAD_REPOSITORY: 'fork/widgets',
    });
    const result = await run('workflow_run', payload, {}, [
      'shard-1-of-3.json',
    ]);
    expect(result.exitCode).toBe(0);
    expect(
      harness.server.requests.some((r) =>
        r.startsWith('GET /search/issues?q='),
      ),
    ).toBe(true);
    expect(harness.server.commentsOf(20)).toHaveLength(1);
  });

  it('workflow_run payload names a same-repository pull request', async () => {
    const head = await harness.repo.commit(
      'refs/heads/feature-30',
      { 'change.txt': '30' },
      harness.mainSha,
    );
    const payload = (await loadEvent('workflow_run', {
      HEAD_SHA: head,
      HEAD_REPOSITORY: 'octo/widgets',
    })) as {
      workflow_run: { pull_requests: unknown[] };
    };
    payload.workflow_run.pull_requests = [
      {
        number: 30,
        head: { sha: head },
        base: { ref: 'main', repo: { id: 4242 } },
      },
    ];
    const result = await run('workflow_run', payload, {}, [
      'shard-1-of-3.json',
    ]);
    expect(result.exitCode).toBe(0);
    expect(requestsNaming(head)).toEqual([]);
    expect(harness.server.commentsOf(30)).toHaveLength(1);
  });

  it('creates a check run with the verdict', async () => {
    const { head, payload } = await pullRequestPayload(21);
    const result = await run(
      'pull_request',
      payload,
      { 'check-name': 'memory' },
      ['shard-2-of-3.json'],
    );
    expect(result.exitCode).toBe(1);
    const checkRun = harness.server.state.checkRuns.at(-1)!;
    expect(checkRun.name).toBe('memory');
    expect(checkRun.head_sha).toBe(head);
    expect(checkRun.conclusion).toBe('failure');
    const output = checkRun.output as { title: string; summary: string };
    expect(output.title).toBe('memgate: regressed');
    expect(output.summary).toContain(`| ${escapeMarkdown('w2-index')} |`);
  });

  it('read-only token skips check run', async () => {
    const { payload } = await pullRequestPayload(22);
    const before = harness.server.state.checkRuns.length;
    const result = await run(
      'pull_request',
      payload,
      { 'check-name': 'memory', 'github-token': 'read-token' },
      ['shard-1-of-3.json'],
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      '::warning title=memgate%3A check run skipped::',
    );
    expect(harness.server.state.checkRuns).toHaveLength(before);
  });

  it('comment never writes nothing', async () => {
    const { payload } = await pullRequestPayload(23);
    const result = await run('pull_request', payload, { comment: 'never' }, [
      'shard-2-of-3.json',
    ]);
    expect(result.exitCode).toBe(1);
    expect(harness.server.commentsOf(23)).toHaveLength(0);
    expect(result.summary).toContain('🔴 regressed');
  });

  it('on-change skips an unchanged result', async () => {
    const { payload } = await pullRequestPayload(24);
    const unchanged = await run(
      'pull_request',
      payload,
      { comment: 'on-change', 'report-path': 'reports/baseline.json' },
      ['baseline.json'],
    );
    expect(unchanged.exitCode).toBe(0);
    expect(harness.server.commentsOf(24)).toHaveLength(0);
    const changed = await run(
      'pull_request',
      payload,
      { comment: 'on-change' },
      ['shard-2-of-3.json'],
    );
    expect(changed.exitCode).toBe(1);
    expect(harness.server.commentsOf(24)).toHaveLength(1);
  });

  it('applies the settings of the reports', async () => {
    const { payload } = await pullRequestPayload(27);
    const report = JSON.parse(
      await readFile(fixturePath('reports/shard-2-of-3.json'), 'utf8'),
    );
    delete report.shard;
    report.settings = { maxIncreasePercent: 1000, maxIncreaseBytes: 1024 ** 3 };
    const workspace = await harness.repo.clone(harness.mainSha);
    await mkdir(path.join(workspace, 'reports'));
    await writeFile(
      path.join(workspace, 'reports', 'loose.json'),
      JSON.stringify(report),
    );
    const runWith = (inputs: Record<string, string>) =>
      runAction({
        bundle: harness.bundle,
        workspace,
        apiUrl: harness.server.url,
        eventName: 'pull_request',
        payload,
        sha: harness.mainSha,
        ref: 'refs/heads/main',
        inputs: { ...harness.defaults, comment: 'never', ...inputs },
      });

    const loose = await runWith({});
    expect(loose.outputs.verdict).toBe('passed');
    expect(loose.exitCode).toBe(0);

    // An input overrides the settings carried in the report.
    const strict = await runWith({
      'max-increase': '1',
      'max-increase-bytes': '1MiB',
    });
    expect(strict.outputs.verdict).toBe('regressed');
    expect(strict.exitCode).toBe(1);
  });

  it('fail-on-regression false passes the step', async () => {
    const { payload } = await pullRequestPayload(25);
    const result = await run(
      'pull_request',
      payload,
      { 'fail-on-regression': 'false' },
      ['shard-2-of-3.json'],
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.stdout).toContain('fail-on-regression is false');
  });

  it('invalid input fails with its name', async () => {
    const { payload } = await pullRequestPayload(26);
    const result = await run('pull_request', payload, { limit: '512m' }, []);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toMatch(/::error::Invalid input "limit" "512m"/);
  });

  it('push stores the merged shards', async () => {
    const payload = await loadEvent('push', { HEAD_SHA: harness.mainSha });
    const requestsBefore = harness.server.requests.length;
    const result = await run(
      'push',
      payload,
      { baseline: 'branch' },
      shardFiles,
    );
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    const sha = harness.mainSha;
    const record = await harness.repo.git(
      ['show', `memgate-baselines:records/${sha.slice(0, 2)}/${sha}.json`],
      harness.repo.origin,
    );
    const names = JSON.parse(record).workloads.map(
      (w: { name: string }) => w.name,
    );
    expect(names).toEqual(configOrder);
    expect(harness.server.requests.slice(requestsBefore)).toEqual([]);
  });

  it('missing report files name the fix', async () => {
    const { payload } = await pullRequestPayload(27);
    const result = await run('pull_request', payload, {}, []);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('No report file matches "reports/*.json"');
  });
});
