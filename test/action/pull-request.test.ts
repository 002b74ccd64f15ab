// The action as the runner starts it, measuring real Python workloads under
// real cgroups, against the fake GitHub server and a real git origin.
import { readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bundleAction,
  loadEvent,
  readActionDefaults,
  runAction,
  type ActionRunResult,
} from '../support/action-runner.js';
import { createGitFixture, type GitFixture } from '../support/git-fixture.js';
import { ACTIONS_BOT, FakeGitHub } from '../support/github-server.js';

const marker = '<!-- memgate:default -->';
const octocat = { login: 'octocat', id: 583231, type: 'User' as const };

/** Returns a workload that allocates `mib` MiB and touches every page. */
function workload(mib: number): string {
  return `data = b"\\x01" * (${mib} * 1024 * 1024)\nprint(len(data))\n`;
}

describe('action on pull requests', () => {
  const server = new FakeGitHub('octo/widgets');
  let bundle: string;
  let repo: GitFixture;
  let mainSha: string;
  let defaults: Record<string, string>;
  let runId = 100;

  beforeAll(async () => {
    await server.start();
    server.addToken('workflow-token', {
      account: ACTIONS_BOT,
      write: true,
      readUser: false,
    });
    server.addToken('fork-token', {
      account: ACTIONS_BOT,
      write: false,
      readUser: false,
    });
    bundle = await bundleAction();
    repo = await createGitFixture({ 'workload.py': workload(10) });
    mainSha = await repo.git(['rev-parse', 'main'], repo.origin);
    defaults = await readActionDefaults('workflow-token');
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

  async function runOnPullRequest(
    number: number,
    headSha: string,
    inputs: Record<string, string> = {},
  ): Promise<ActionRunResult> {
    runId += 1;
    return runAction({
      bundle,
      workspace: await repo.clone(headSha),
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
      runId,
      inputs: {
        ...defaults,
        command: '/usr/bin/python3 workload.py',
        limit: '256MiB',
        ...inputs,
      },
    });
  }

  it('push to default branch stores record', async () => {
    const result = await runAction({
      bundle,
      workspace: await repo.clone(mainSha),
      apiUrl: server.url,
      eventName: 'push',
      payload: await loadEvent('push', { HEAD_SHA: mainSha }),
      sha: mainSha,
      ref: 'refs/heads/main',
      inputs: {
        ...defaults,
        command: '/usr/bin/python3 workload.py',
        limit: '256MiB',
      },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    expect(Number(result.outputs['peak-bytes'])).toBeGreaterThan(
      10 * 1024 * 1024,
    );
    const stored = await repo.git(
      ['ls-tree', '-r', '--name-only', 'memgate-baselines'],
      repo.origin,
    );
    expect(stored.split('\n')).toContain(
      `records/${mainSha.slice(0, 2)}/${mainSha}.json`,
    );
    expect(server.state.comments).toHaveLength(0);
    expect(result.stdout).toContain('verdict = passed');
  });

  let commentId: number;
  let headSha: string;

  it('regression creates comment and fails', async () => {
    headSha = await repo.commit(
      'refs/heads/feature-1',
      { 'workload.py': workload(60) },
      mainSha,
    );
    const result = await runOnPullRequest(1, headSha);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.outputs.regressions).toBe('1');
    expect(Number(result.outputs['peak-bytes'])).toBeGreaterThan(
      Number(result.outputs['baseline-bytes']) + 40 * 1024 * 1024,
    );
    const comments = server.commentsOf(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(marker)).toBe(true);
    expect(comments[0]!.body).toContain('🔴 regressed');
    expect(comments[0]!.body).toContain(
      `Baseline: the merge-base ${mainSha.slice(0, 12)}`,
    );
    expect(result.outputs['comment-url']).toContain(
      `#issuecomment-${comments[0]!.id}`,
    );
    expect(result.summary).toContain('| Workload | Limit |');
    expect(result.stdout).toContain(
      '::error title=memgate%3A command regressed',
    );
    commentId = comments[0]!.id;
  });

  it('second push edits the same comment', async () => {
    headSha = await repo.commit(
      'refs/heads/feature-1',
      { 'workload.py': workload(70) },
      headSha,
    );
    const result = await runOnPullRequest(1, headSha);
    expect(result.exitCode).toBe(1);
    const comments = server.commentsOf(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(commentId);
    expect(comments[0]!.body).toContain(`/actions/runs/${runId}`);
    expect(server.requests).toContain(
      `PATCH /repos/octo/widgets/issues/comments/${commentId}`,
    );
  });

  it('fix turns the comment to passed', async () => {
    headSha = await repo.commit(
      'refs/heads/feature-1',
      { 'workload.py': workload(10) },
      headSha,
    );
    const result = await runOnPullRequest(1, headSha);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    const comments = server.commentsOf(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(commentId);
    expect(comments[0]!.body).toContain('✅ Memory check passed');
    expect(comments[0]!.body).not.toContain('🔴 regressed');
  });

  it('fork with read-only token warns', async () => {
    const forkHead = await repo.commit(
      'refs/heads/fork-2',
      { 'workload.py': workload(60) },
      mainSha,
    );
    const result = await runOnPullRequest(2, forkHead, {
      'github-token': 'fork-token',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.stdout).toMatch(
      /::warning title=memgate%3A comment skipped::.*fork-safe pair/,
    );
    expect(result.stdout).not.toContain(
      'Resource not accessible by integration',
    );
    expect(server.commentsOf(2)).toHaveLength(0);
    expect(result.summary).toContain('🔴 regressed');
    expect(result.outputs['comment-url']).toBeUndefined();
  });

  it('racing runs leave one comment', async () => {
    const head = await repo.commit(
      'refs/heads/feature-3',
      { 'workload.py': workload(12) },
      mainSha,
    );
    server.holdCommentListings(2);
    const [first, second] = await Promise.all([
      runOnPullRequest(3, head),
      runOnPullRequest(3, head),
    ]);
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    const creations = server.requests.filter(
      (r) => r === 'POST /repos/octo/widgets/issues/3/comments',
    );
    expect(creations).toHaveLength(2);
    const comments = server.commentsOf(3);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(marker)).toBe(true);
  });

  it('finds its comment past 100 comments', async () => {
    const head = await repo.commit(
      'refs/heads/feature-4',
      { 'workload.py': workload(10) },
      mainSha,
    );
    for (let index = 0; index < 120; index += 1)
      server.addComment(4, octocat, `review note ${index}`);
    const impostor = server.addComment(
      4,
      octocat,
      `${marker}\nnot from memgate`,
    );
    const own = server.addComment(4, ACTIONS_BOT, `${marker}\nold result`);
    for (let index = 0; index < 10; index += 1)
      server.addComment(4, octocat, `later note ${index}`);

    const result = await runOnPullRequest(4, head);
    expect(result.exitCode).toBe(0);
    const comments = server.commentsOf(4);
    expect(comments).toHaveLength(132);
    expect(comments.find((c) => c.id === impostor)!.body).toBe(
      `${marker}\nnot from memgate`,
    );
    expect(comments.find((c) => c.id === own)!.body).toContain(
      '✅ Memory check passed',
    );
    expect(
      server.requests.some((r) =>
        r.includes('/issues/4/comments?per_page=100&page=2'),
      ),
    ).toBe(true);
  });

  it('measure mode writes the report for a later job', async () => {
    const head = await repo.commit(
      'refs/heads/feature-5',
      { 'workload.py': workload(10) },
      mainSha,
    );
    const result = await runOnPullRequest(5, head, {
      mode: 'measure',
      'report-path': 'out/report.json',
      shard: '1/1',
    });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    expect(report.git.pullRequest).toBe(5);
    expect(report.git.headCommit).toBe(head);
    expect(report.git.baseCommit).toBe(mainSha);
    expect(report.shard).toBe('1/1');
    expect(report.workloads).toHaveLength(1);
    expect(server.commentsOf(5)).toHaveLength(0);
  });
});
