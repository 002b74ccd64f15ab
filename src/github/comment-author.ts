import * as core from '@actions/core';
import { httpStatus, type GitHubClient } from './client.js';

/** Login of the workflow token (GITHUB_TOKEN) on github.com. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * Returns the logins whose comments memgate treats as its own. GET /user
 * names the account of a personal access token. Installation tokens, the
 * workflow token included, get 403 there, so for them the workflow
 * token's `github-actions[bot]` is used. Any other error, such as 401 for
 * an invalid token, is thrown.
 *
 * NOTE: a GitHub App's own installation token comments as
 * "APP-NAME[bot]", which is not recognised here, so with such a token every
 * run writes a new comment instead of editing the last one.
 */
export async function resolveCommentAuthors(
  octokit: GitHubClient,
): Promise<Set<string>> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    core.debug(`Token account from GET /user: ${data.login}`);
    return new Set([data.login]);
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403) throw error;
    core.debug(
      `GET /user returned 403, as it does for installation tokens such as the workflow token; using ${ACTIONS_BOT_LOGIN}`,
    );
    return new Set([ACTIONS_BOT_LOGIN]);
  }
}
