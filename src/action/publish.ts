import * as core from '@actions/core';
import type { Comparison } from '../compare/types.js';
import { createCheckRun } from '../github/check-run.js';
import {
  createClient,
  describeRequestError,
  isPermissionError,
  type GitHubClient,
  type RepositoryRef,
} from '../github/client.js';
import { resolveCommentAuthors } from '../github/comment-author.js';
import {
  commentMarker,
  findMarkedComments,
  headCommitLine,
  recordedHeadCommit,
  upsertComment,
  type FoundComment,
} from '../github/comments.js';
import { writeAnnotations } from '../render/annotations.js';
import {
  renderCheckRunSummary,
  renderComment,
  renderFailureComment,
  renderSummary,
} from '../render/comment.js';
import { Inputs } from './constants.js';
import type { ActionInputs } from './inputs.js';

/** Destination of the result: repository, pull request and commit. */
export interface PublishTarget {
  repository: RepositoryRef;
  /** Pull request to comment on, or null for no comment. */
  pullRequest: number | null;
  /** Commit for the check run. */
  headSha: string;
  runUrl: string | null;
}

const forkFix =
  'The token cannot write here, as on pull requests from forks, where the workflow token is read-only. ' +
  'Use the fork-safe pair of workflows: "mode: measure" on pull_request uploads the report as an artifact, and "mode: report" in a workflow_run workflow comments on the pull request.';

/** Writes the job summary and annotations, which need no token. */
export async function publishSummary(
  comparison: Comparison,
  runUrl: string | null,
): Promise<void> {
  await core.summary.addRaw(renderSummary(comparison, { runUrl })).write();
  writeAnnotations(comparison);
}

/**
 * Writes or updates the pull request comment and returns its URL, or null
 * when none is written. A read-only token becomes a warning that names the
 * fix, and any other API failure a warning with the status and endpoint:
 * the gate alone decides the step.
 */
export async function publishComment(
  comparison: Comparison,
  target: PublishTarget,
  inputs: ActionInputs,
): Promise<string | null> {
  const render = (marker: string) =>
    renderComment(comparison, marker, { runUrl: target.runUrl }, [
      headCommitLine(target.headSha),
    ]);
  const updateOnly = inputs.comment === 'on-change' && !hasChanges(comparison);
  return writeComment(render, target, inputs, updateOnly);
}

/**
 * Writes the reason a run measured nothing into the pull request comment,
 * so that an earlier result never stays on the pull request as if current.
 */
export async function publishFailureComment(
  message: string,
  target: PublishTarget,
  inputs: ActionInputs,
): Promise<void> {
  const render = (marker: string) =>
    renderFailureComment(message, marker, { runUrl: target.runUrl }, [
      headCommitLine(target.headSha),
    ]);
  await writeComment(render, target, inputs, false);
}

async function writeComment(
  render: (marker: string) => string,
  target: PublishTarget,
  inputs: ActionInputs,
  updateOnly: boolean,
): Promise<string | null> {
  if (target.pullRequest === null || inputs.comment === 'never') return null;
  const octokit = openClient(inputs);
  if (octokit === null) return null;
  const issue = { ...target.repository, issueNumber: target.pullRequest };
  const marker = commentMarker(inputs.commentKey);
  try {
    const authors = await resolveCommentAuthors(octokit);
    if (updateOnly) {
      const existing = await findMarkedComments(
        octokit,
        issue,
        marker,
        authors,
      );
      if (existing.length === 0) {
        core.info(
          'No workload changed and no comment exists yet: no comment written (comment: on-change)',
        );
        return null;
      }
    }
    const result = await upsertComment(
      octokit,
      issue,
      marker,
      render(marker),
      authors,
      (comment) => isForNewerHead(octokit, target, comment),
    );
    return result.url;
  } catch (error) {
    const reason = isPermissionError(error)
      ? forkFix
      : describeRequestError(error);
    core.warning(
      `Could not comment on pull request #${target.pullRequest}: ${reason}`,
      { title: 'memgate: comment skipped' },
    );
    return null;
  }
}

/**
 * Tells whether `comment` was written for the pull request's current head
 * while this run measured an older commit, as when a run of an earlier push
 * finishes last. Such a comment is kept.
 */
async function isForNewerHead(
  octokit: GitHubClient,
  target: PublishTarget,
  comment: FoundComment,
): Promise<boolean> {
  const recorded = recordedHeadCommit(comment.body);
  if (recorded === null || recorded === target.headSha) return false;
  let current: string;
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: target.repository.owner,
      repo: target.repository.repo,
      pull_number: target.pullRequest!,
    });
    current = data.head.sha;
  } catch (error) {
    core.info(
      `Could not read the head commit of pull request #${target.pullRequest} (${describeRequestError(error)}), so the comment is overwritten`,
    );
    return false;
  }
  if (current !== recorded) return false;
  core.info(
    `Comment ${comment.url} shows the pull request's current head ${current}, and this run measured ${target.headSha}: the comment is kept`,
  );
  return true;
}

/** Creates the check run when `check-name` is set; an API failure is a warning. */
export async function publishCheckRun(
  comparison: Comparison,
  target: PublishTarget,
  inputs: ActionInputs,
  failed: boolean,
): Promise<void> {
  if (inputs.checkName === null) return;
  const octokit = openClient(inputs);
  if (octokit === null) return;
  try {
    const url = await createCheckRun(octokit, {
      ...target.repository,
      name: inputs.checkName,
      headSha: target.headSha,
      conclusion: failed ? 'failure' : 'success',
      title: `memgate: ${comparison.gate}`,
      summary: renderCheckRunSummary(comparison, { runUrl: target.runUrl }),
    });
    core.info(`Created check run ${url}`);
  } catch (error) {
    const reason = isPermissionError(error)
      ? `${forkFix} The check run also needs "checks: write".`
      : describeRequestError(error);
    core.warning(
      `Could not create check run "${inputs.checkName}": ${reason}`,
      {
        title: 'memgate: check run skipped',
      },
    );
  }
}

function openClient(inputs: ActionInputs): GitHubClient | null {
  if (inputs.token === '') {
    core.warning(
      `Input "${Inputs.GitHubToken}" is empty, so nothing is written to the pull request: pass \${{ github.token }} or leave the input unset.`,
    );
    return null;
  }
  return createClient(inputs.token);
}

function hasChanges(comparison: Comparison): boolean {
  return comparison.workloads.some(
    (workload) => workload.verdict !== 'unchanged',
  );
}
