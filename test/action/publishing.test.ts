// Publishing in `mode: report` as the runner starts it: which comment a
// step may touch, GitHub API failures and matrix shards. Report files are
// built from fixtures/action/reports.
import { describe, expect, it } from 'vitest';
import { ACTIONS_BOT } from '../support/github-server.js';
import {
  failFirstWorkload,
  fixtureReport,
  useReportRunner,
  type Json,
} from '../support/report-runner.js';

describe('action publishing', () => {
  const { harness, runOnPullRequest, runOnPush, runOnWorkflowRun } =
    useReportRunner();

  /** The fixture shards with the given indexes, as a matrix left them. */
  async function shards(...indexes: number[]): Promise<Json[]> {
    return Promise.all(
      indexes.map((index) => fixtureReport(`shard-${index}-of-3.json`)),
    );
  }

  /** Shard 1 of the fixtures as a whole report: it passes. */
  async function passingReport(): Promise<Json[]> {
    const report = await fixtureReport('shard-1-of-3.json');
    delete report.shard;
    return [report];
  }

  it('marker in stderr spares other key', async () => {
    const hostile = failFirstWorkload(
      await fixtureReport('shard-1-of-3.json'),
      [
        'Traceback (most recent call last):',
        '<!-- memgate:default -->',
        'RuntimeError: boom',
      ],
    );
    delete hostile.shard;
    await runOnPullRequest(40, [hostile], { 'comment-key': 'gpu' });
    await runOnPullRequest(40, [hostile]);
    await runOnPullRequest(40, [hostile]);

    const bodies = harness.server.commentsOf(40).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.startsWith('<!-- memgate:gpu -->\n')).toBe(true);
    expect(bodies[1]!.startsWith('<!-- memgate:default -->\n')).toBe(true);
    expect(bodies[0]).not.toContain('<!-- memgate:default -->');
  });

  it('bot comment quoting marker is ignored', async () => {
    const quoted = harness.server.addComment(
      41,
      ACTIONS_BOT,
      'Title check: "<!-- memgate:default --> fix leak"',
    );
    await runOnPullRequest(41, await passingReport());
    const comments = harness.server.commentsOf(41);
    expect(comments).toHaveLength(2);
    expect(comments[0]!.id).toBe(quoted);
    expect(comments[0]!.body).toContain('Title check');
  });

  it('retries a 500 when commenting', async () => {
    harness.server.inject({
      method: 'POST',
      path: /\/issues\/42\/comments$/,
      status: 500,
    });
    const result = await runOnPullRequest(42, await passingReport());
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    expect(harness.server.commentsOf(42)).toHaveLength(1);
    expect(result.outputs['comment-url']).toContain('#issuecomment-');
  });

  it('persistent 500 is a warning', async () => {
    harness.server.inject({
      method: 'POST',
      path: /\/issues\/43\/comments$/,
      status: 502,
      times: 10,
    });
    const result = await runOnPullRequest(43, await passingReport());
    harness.server.clearFaults();
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    expect(result.outputs.regressions).toBe('0');
    expect(result.outputs.report).toBeTruthy();
    expect(result.stdout).toMatch(
      /::warning title=memgate%3A comment skipped::.*status 502 from POST \/repos\/octo\/widgets\/issues\/43\/comments/,
    );
    expect(harness.server.commentsOf(43)).toHaveLength(0);
  });

  it('hung request times out', async () => {
    harness.server.inject({
      method: 'GET',
      path: /\/issues\/44\/comments$/,
      hang: true,
      times: 10,
    });
    const result = await runOnPullRequest(
      44,
      await passingReport(),
      {},
      { MEMGATE_GITHUB_TIMEOUT_MS: '300' },
    );
    harness.server.clearFaults();
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('passed');
    expect(result.stdout).toContain(
      'GET /repos/octo/widgets/issues/44/comments failed after 3 attempts: no response within 0.3 s',
    );
  });

  it('invalid token names the input', async () => {
    const regressed = await fixtureReport('shard-2-of-3.json');
    delete regressed.shard;
    const result = await runOnPullRequest(45, [regressed], {
      'github-token': 'bogus-token',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('regressed');
    expect(result.stdout).toContain(
      'the "github-token" input is invalid or expired',
    );
    expect(result.stdout).toContain('401 from GET /user');
    expect(result.stdout).not.toContain('installation token');
  });

  it('missing shard fails the gate', async () => {
    const result = await runOnPullRequest(46, await shards(1, 3));
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toContain(
      '::error::Incomplete matrix: shard 2/3 is missing.',
    );
  });

  it('duplicate shard fails the gate', async () => {
    const result = await runOnPullRequest(47, await shards(1, 2, 2));
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toContain('shard 3/3 is missing');
    expect(result.stdout).toContain('shard 2/3 is in more than one report');
  });

  it('push with missing shard stores nothing', async () => {
    const result = await runOnPush(await shards(1, 2));
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('error');
    expect(result.stdout).toContain('shard 3/3 is missing');
    const branches = await harness.repo.git(
      ['branch', '--list'],
      harness.repo.origin,
    );
    expect(branches).not.toContain('memgate-baselines');
  });

  it('search takes the found base branch', async () => {
    const head = await harness.repo.commit(
      'refs/pull/81/head',
      { 'change.txt': 'fork 81' },
      harness.mainSha,
    );
    await harness.repo.git(
      ['branch', 'release-1.x', harness.mainSha],
      harness.repo.origin,
    );
    harness.server.state.pulls.push({
      number: 81,
      headSha: head,
      headRepository: 'fork/widgets',
      baseRef: 'release-1.x',
      baseSha: harness.mainSha,
      listedForCommit: false,
    });
    const result = await runOnWorkflowRun(head, await passingReport());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Pull request #81 (base release-1.x)');
    expect(harness.server.commentsOf(81)).toHaveLength(1);
  });

  it('search skips a pull request with another head', async () => {
    const older = await harness.repo.commit(
      'refs/pull/82/head',
      { 'change.txt': 'fork 82' },
      harness.mainSha,
    );
    harness.server.state.pulls.push({
      number: 82,
      headSha: harness.mainSha.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      headRepository: 'fork/widgets',
      baseRef: 'main',
      baseSha: harness.mainSha,
      listedForCommit: false,
      commits: [older],
    });
    const result = await runOnWorkflowRun(older, await passingReport());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(
      `Pull request #82 contains commit ${older}`,
    );
    expect(harness.server.commentsOf(82)).toHaveLength(0);
  });

  it('late run keeps a newer head comment', async () => {
    const newer = await harness.repo.commit(
      'refs/heads/feature-90',
      { 'change.txt': '90' },
      harness.mainSha,
    );
    harness.server.state.pulls.push({
      number: 90,
      headSha: newer,
      headRepository: 'octo/widgets',
      baseRef: 'main',
      baseSha: harness.mainSha,
    });
    const body = `<!-- memgate:default -->\n<!-- memgate-head:${newer} -->\nresult of the newer head`;
    harness.server.addComment(90, ACTIONS_BOT, body);
    const result = await runOnPullRequest(90, await passingReport());
    expect(result.exitCode).toBe(0);
    expect(harness.server.commentsOf(90).map((c) => c.body)).toEqual([body]);
    expect(result.stdout).toContain('the comment is kept');
  });

  it('current head overwrites an older comment', async () => {
    const older = await harness.repo.commit(
      'refs/heads/feature-91',
      { 'change.txt': '91' },
      harness.mainSha,
    );
    harness.server.state.pulls.push({
      number: 91,
      headSha: harness.mainSha,
      headRepository: 'octo/widgets',
      baseRef: 'main',
      baseSha: harness.mainSha,
    });
    harness.server.addComment(
      91,
      ACTIONS_BOT,
      `<!-- memgate:default -->\n<!-- memgate-head:${older} -->\nold result`,
    );
    await runOnPullRequest(91, await passingReport());
    const [comment] = harness.server.commentsOf(91);
    expect(comment!.body).toContain(`<!-- memgate-head:${harness.mainSha} -->`);
    expect(comment!.body).toContain('Memory check passed');
  });
});
