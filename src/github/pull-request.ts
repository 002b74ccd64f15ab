import * as core from '@actions/core';
import type { GitHubClient, RepositoryRef } from './client.js';

/** A pull request as memgate needs it. */
export interface PullRequestRef {
  number: number;
  headSha: string;
  /** The branch it targets, where the API returned it. */
  baseRef?: string;
}

/** The fields memgate reads from a workflow_run event's payload. */
export interface WorkflowRunPayload {
  head_sha: string;
  pull_requests?: {
    number: number;
    head: { sha: string };
    base: { ref: string; repo?: { id: number } };
  }[];
}

/**
 * Finds the pull request of a workflow_run event from the triggering run's
 * head commit. It tries the payload's `pull_requests` first, which GitHub
 * fills for same-repository pull requests only. Then it tries the pull
 * requests of that commit, and last a search by head commit, which also
 * finds a fork's pull request. It never reads the report file, because the
 * pull request's own code wrote it.
 */
export async function findPullRequestOfRun(
  octokit: GitHubClient,
  repository: RepositoryRef & { id?: number },
  run: WorkflowRunPayload,
): Promise<PullRequestRef | null> {
  const headSha = run.head_sha;
  const listed = (run.pull_requests ?? []).find(
    (pull) =>
      pull.head.sha === headSha &&
      (repository.id === undefined || pull.base.repo?.id === repository.id),
  );
  if (listed) {
    core.info(`Pull request #${listed.number} from the workflow_run payload`);
    return { number: listed.number, headSha, baseRef: listed.base.ref };
  }
  return (
    (await findByCommit(octokit, repository, headSha)) ??
    (await findBySearch(octokit, repository, headSha))
  );
}

async function findByCommit(
  octokit: GitHubClient,
  repository: RepositoryRef,
  headSha: string,
): Promise<PullRequestRef | null> {
  const pulls = await octokit.paginate(
    octokit.rest.repos.listPullRequestsAssociatedWithCommit,
    {
      owner: repository.owner,
      repo: repository.repo,
      commit_sha: headSha,
      per_page: 100,
    },
  );
  const pull = pulls.find((p) => p.state === 'open' && p.head.sha === headSha);
  if (!pull) return null;
  core.info(
    `Pull request #${pull.number} from the pull requests of commit ${headSha}`,
  );
  return { number: pull.number, headSha, baseRef: pull.base.ref };
}

/** Pull requests from the search that are checked for their head commit. */
const SEARCH_CANDIDATES = 5;

/**
 * Searches open pull requests by commit. The search also matches a pull
 * request that merely contains the commit, so each candidate is read back
 * and kept only when its head is `headSha`. The result has the base branch
 * of that pull request.
 */
async function findBySearch(
  octokit: GitHubClient,
  repository: RepositoryRef,
  headSha: string,
): Promise<PullRequestRef | null> {
  const q = `repo:${repository.owner}/${repository.repo} is:pr is:open sha:${headSha}`;
  const { data } = await octokit.rest.search.issuesAndPullRequests({ q });
  const candidates = data.items
    .filter((result) => result.pull_request !== undefined)
    .slice(0, SEARCH_CANDIDATES);
  for (const item of candidates) {
    const { data: pull } = await octokit.rest.pulls.get({
      owner: repository.owner,
      repo: repository.repo,
      pull_number: item.number,
    });
    if (pull.state !== 'open' || pull.head.sha !== headSha) {
      core.info(
        `Pull request #${item.number} contains commit ${headSha} but its head is ${pull.head.sha}: skipped`,
      );
      continue;
    }
    core.info(
      `Pull request #${pull.number} (base ${pull.base.ref}) from a search by head commit ${headSha}`,
    );
    return { number: pull.number, headSha, baseRef: pull.base.ref };
  }
  return null;
}
