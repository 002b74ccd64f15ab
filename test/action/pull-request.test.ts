// The action as the runner starts it, measuring real Python workloads under
// real cgroups, against the fake GitHub server and a real git origin.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  loadEvent,
  runAction,
  type ActionRunResult,
} from '../support/action-runner.js';
import { useActionHarness } from '../support/action-harness.js';
import { ACTIONS_BOT } from '../support/github-server.js';

const marker = '<!-- memgate:default -->';
const octocat = { login: 'octocat', id: 583231, type: 'User' as const };

/** Returns a workload that allocates `mib` MiB and touches every page. */
function workload(mib: number): string {
  return `data = b"\\x01" * (${mib} * 1024 * 1024)\nprint(len(data))\n`;
}

describe('action on pull requests', () => {
  const harness = useActionHarness(
    async () => ({ 'workload.py': workload(10) }),
    {
      command: '/usr/bin/python3 workload.py',
      limit: '256MiB',
    },
  );
  let runId = 100;

  async function runOnPullRequest(
    number: number,
    headSha: string,
    inputs: Record<string, string> = {},
  ): Promise<ActionRunResult> {
    runId += 1;
    return runAction({
      bundle: harness.bundle,
      workspace: await harness.repo.clone(headSha),
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
      runId,
      inputs: { ...harness.defaults, ...inputs },
    });
  }

  it('push to default branch stores record', async () => {
    const result = await runAction({
      bundle: harness.bundle,
      workspace: await harness.repo.clone(harness.mainSha),
      apiUrl: harness.server.url,
      eventName: 'push',
      payload: await loadEvent('push', { HEAD_SHA: harness.mainSha }),
      sha: harness.mainSha,
      ref: 'refs/heads/main',
      inputs: harness.defaults,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    expect(Number(result.outputs['peak-bytes'])).toBeGreaterThan(
      10 * 1024 * 1024,
    );
    const stored = await harness.repo.git(
      ['ls-tree', '-r', '--name-only', 'memgate-baselines'],
      harness.repo.origin,
    );
    expect(stored.split('\n')).toContain(
      `records/${harness.mainSha.slice(0, 2)}/${harness.mainSha}.json`,
    );
    expect(harness.server.state.comments).toHaveLength(0);
    expect(result.stdout).toContain('verdict = passed');
  });

  let commentId: number;
  let headSha: string;

  it('regression creates comment and fails', async () => {
    headSha = await harness.repo.commit(
      'refs/heads/feature-1',
      { 'workload.py': workload(60) },
      harness.mainSha,
    );
    const result = await runOnPullRequest(1, headSha);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.outputs.regressions).toBe('1');
    expect(Number(result.outputs['peak-bytes'])).toBeGreaterThan(
      Number(result.outputs['baseline-bytes']) + 40 * 1024 * 1024,
    );
    const comments = harness.server.commentsOf(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(marker)).toBe(true);
    expect(comments[0]!.body).toContain('🔴 regressed');
    expect(comments[0]!.body).toContain(
      `Baseline: the merge-base ${harness.mainSha.slice(0, 12)}`,
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
    headSha = await harness.repo.commit(
      'refs/heads/feature-1',
      { 'workload.py': workload(70) },
      headSha,
    );
    const result = await runOnPullRequest(1, headSha);
    expect(result.exitCode).toBe(1);
    const comments = harness.server.commentsOf(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(commentId);
    expect(comments[0]!.body).toContain(`/actions/runs/${runId}`);
    expect(harness.server.requests).toContain(
      `PATCH /repos/octo/widgets/issues/comments/${commentId}`,
    );
  });

  it('fix turns the comment to passed', async () => {
    headSha = await harness.repo.commit(
      'refs/heads/feature-1',
      { 'workload.py': workload(10) },
      headSha,
    );
    const result = await runOnPullRequest(1, headSha);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    const comments = harness.server.commentsOf(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(commentId);
    expect(comments[0]!.body).toContain('✅ Memory check passed');
    expect(comments[0]!.body).not.toContain('🔴 regressed');
  });

  it('fork with read-only token warns', async () => {
    const forkHead = await harness.repo.commit(
      'refs/heads/fork-2',
      { 'workload.py': workload(60) },
      harness.mainSha,
    );
    const result = await runOnPullRequest(2, forkHead, {
      'github-token': 'read-token',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.stdout).toMatch(
      /::warning title=memgate%3A comment skipped::.*fork-safe pair/,
    );
    expect(result.stdout).not.toContain(
      'Resource not accessible by integration',
    );
    expect(harness.server.commentsOf(2)).toHaveLength(0);
    expect(result.summary).toContain('🔴 regressed');
    expect(result.outputs['comment-url']).toBeUndefined();
  });

  it('racing runs leave one comment', async () => {
    const head = await harness.repo.commit(
      'refs/heads/feature-3',
      { 'workload.py': workload(12) },
      harness.mainSha,
    );
    harness.server.holdCommentListings(2);
    const [first, second] = await Promise.all([
      runOnPullRequest(3, head),
      runOnPullRequest(3, head),
    ]);
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    const creations = harness.server.requests.filter(
      (r) => r === 'POST /repos/octo/widgets/issues/3/comments',
    );
    expect(creations).toHaveLength(2);
    const comments = harness.server.commentsOf(3);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(marker)).toBe(true);
  });

  it('finds its comment past 100 comments', async () => {
    const head = await harness.repo.commit(
      'refs/heads/feature-4',
      { 'workload.py': workload(10) },
      harness.mainSha,
    );
    for (let index = 0; index < 120; index += 1)
      harness.server.addComment(4, octocat, `review note ${index}`);
    const impostor = harness.server.addComment(
      4,
      octocat,
      `${marker}\nnot from memgate`,
    );
    const own = harness.server.addComment(
      4,
      ACTIONS_BOT,
      `${marker}\nold result`,
    );
    for (let index = 0; index < 10; index += 1)
      harness.server.addComment(4, octocat, `later note ${index}`);

    const result = await runOnPullRequest(4, head);
    expect(result.exitCode).toBe(0);
    const comments = harness.server.commentsOf(4);
    expect(comments).toHaveLength(132);
    expect(comments.find((c) => c.id === impostor)!.body).toBe(
      `${marker}\nnot from memgate`,
    );
    expect(comments.find((c) => c.id === own)!.body).toContain(
      '✅ Memory check passed',
    );
    expect(
      harness.server.requests.some((r) =>
        r.includes('/issues/4/comments?per_page=100&page=2'),
      ),
    ).toBe(true);
  });

  it('measure mode writes the report for a later job', async () => {
    const head = await harness.repo.commit(
      'refs/heads/feature-5',
      { 'workload.py': workload(10) },
      harness.mainSha,
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
    expect(report.git.baseCommit).toBe(harness.mainSha);
    expect(report.shard).toBe('1/1');
    expect(report.workloads).toHaveLength(1);
    expect(harness.server.commentsOf(5)).toHaveLength(0);
  });

  it('measure mode carries the configuration settings', async () => {
    const config = [
      'max-increase = 1000',
      'max-increase-bytes = "1GiB"',
      'headroom = 95',
      '[[workload]]',
      'name = "small"',
      'command = ["/usr/bin/python3", "workload.py"]',
      'limit = "256MiB"',
      '',
    ].join('\n');
    const head = await harness.repo.commit(
      'refs/heads/feature-6',
      { 'memgate.toml': config },
      harness.mainSha,
    );
    const result = await runOnPullRequest(6, head, {
      mode: 'measure',
      command: '',
      config: 'memgate.toml',
      'report-path': 'out/report.json',
    });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    expect(report.workloads.map((w: { name: string }) => w.name)).toEqual([
      'small',
    ]);
    expect(report.settings).toEqual({
      maxIncreasePercent: 1000,
      maxIncreaseBytes: 1024 ** 3,
      headroomPercent: 95,
    });
  });
});
