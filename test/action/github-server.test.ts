// Checks the fake GitHub server itself through the same client the action
// uses, so that the action tests stand on a server that behaves like
// api.github.com for the endpoints memgate calls.
import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_BOT, FakeGitHub } from '../support/github-server.js';

const reader = { login: 'octocat', id: 583231, type: 'User' as const };

describe('fake GitHub server', () => {
  const server = new FakeGitHub('octo/widgets');
  let bot: ReturnType<typeof getOctokit>;

  beforeAll(async () => {
    await server.start();
    server.addToken('bot-token', {
      account: ACTIONS_BOT,
      write: true,
      readUser: false,
    });
    server.addToken('user-token', {
      account: reader,
      write: false,
      readUser: true,
    });
    bot = getOctokit('bot-token', { baseUrl: server.url });
  });

  afterAll(() => server.close());

  it('paginates comments with Link headers', async () => {
    for (let index = 0; index < 130; index += 1) {
      server.addComment(1, reader, `comment ${index}`);
    }
    const all = await bot.paginate(bot.rest.issues.listComments, {
      owner: 'octo',
      repo: 'widgets',
      issue_number: 1,
      per_page: 100,
    });
    expect(all).toHaveLength(130);
    expect(all[129]!.body).toBe('comment 129');
    expect(
      server.requests.filter((r) => r.includes('/issues/1/comments')),
    ).toHaveLength(2);
  });

  it('creates, edits and deletes a comment', async () => {
    const created = await bot.rest.issues.createComment({
      owner: 'octo',
      repo: 'widgets',
      issue_number: 2,
      body: 'first',
    });
    expect(created.data.user?.login).toBe('github-actions[bot]');
    await bot.rest.issues.updateComment({
      owner: 'octo',
      repo: 'widgets',
      comment_id: created.data.id,
      body: 'second',
    });
    expect(server.commentsOf(2).map((c) => c.body)).toEqual(['second']);
    await bot.rest.issues.deleteComment({
      owner: 'octo',
      repo: 'widgets',
      comment_id: created.data.id,
    });
    expect(server.commentsOf(2)).toHaveLength(0);
  });

  it('rejects writes of a read-only token with 403', async () => {
    const readOnly = getOctokit('user-token', { baseUrl: server.url });
    const attempt = readOnly.rest.issues.createComment({
      owner: 'octo',
      repo: 'widgets',
      issue_number: 3,
      body: 'x',
    });
    await expect(attempt).rejects.toMatchObject({ status: 403 });
    expect(server.commentsOf(3)).toHaveLength(0);
  });

  it('returns 403 on GET /user for an installation token', async () => {
    await expect(bot.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
    });
    const user = getOctokit('user-token', { baseUrl: server.url });
    const { data } = await user.rest.users.getAuthenticated();
    expect(data.login).toBe('octocat');
  });

  it('returns 401 for an unknown token', async () => {
    const stranger = getOctokit('nobody', { baseUrl: server.url });
    await expect(
      stranger.rest.issues.listComments({
        owner: 'octo',
        repo: 'widgets',
        issue_number: 1,
      }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('finds pull requests by commit and by search', async () => {
    const sha = 'a'.repeat(40);
    server.state.pulls.push({
      number: 7,
      headSha: sha,
      headRepository: 'fork/widgets',
      baseRef: 'main',
      baseSha: 'b'.repeat(40),
    });
    const byCommit = await bot.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: 'octo',
      repo: 'widgets',
      commit_sha: sha,
    });
    expect(byCommit.data.map((p) => p.number)).toEqual([7]);
    expect(byCommit.data[0]!.head.repo?.full_name).toBe('fork/widgets');
    const search = await bot.rest.search.issuesAndPullRequests({
      q: `repo:octo/widgets is:pr sha:${sha}`,
    });
    expect(search.data.items.map((i) => i.number)).toEqual([7]);
  });

  it('creates a check run', async () => {
    const { data } = await bot.rest.checks.create({
      owner: 'octo',
      repo: 'widgets',
      name: 'memgate',
      head_sha: 'c'.repeat(40),
      status: 'completed',
      conclusion: 'success',
      output: { title: 't', summary: 's' },
    });
    expect(data.name).toBe('memgate');
    expect(server.state.checkRuns).toHaveLength(1);
  });

  it('records a request that breaks the schema', async () => {
    const before = server.problems.length;
    // `body` must be a string; api.github.com returns 422, the fake server records the mismatch.
    await bot.request(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      {
        owner: 'octo',
        repo: 'widgets',
        issue_number: 4,
        body: 12 as unknown as string,
      },
    );
    const added = server.problems.splice(before);
    expect(
      added.some((p) => p.startsWith('issues/create-comment request body')),
    ).toBe(true);
  });

  it('has seen no schema mismatch', () => {
    expect(server.problems).toEqual([]);
  });
});
