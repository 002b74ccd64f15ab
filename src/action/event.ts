import * as github from '@actions/github';
import type { RepositoryRef } from '../github/client.js';
import type { WorkflowRunPayload } from '../github/pull-request.js';

/** The pull request a pull_request event is about, from its payload. */
export interface EventPullRequest {
  number: number;
  baseRef: string;
  baseSha: string;
  headSha: string;
}

/** Fields of the event that started the workflow. */
export interface EventInfo {
  name: string;
  repository: RepositoryRef & { id?: number };
  defaultBranch: string | undefined;
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha: string;
  ref: string;
  pullRequest: EventPullRequest | null;
  workflowRun: WorkflowRunPayload | null;
  /** A push to the repository's default branch: measure and store. */
  isDefaultBranchPush: boolean;
  runUrl: string | null;
}

/** Reads the event from GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and friends. */
export function readEvent(): EventInfo {
  const { context } = github;
  const payload = context.payload;
  const defaultBranch = payload.repository?.default_branch as
    string | undefined;
  const pull = payload.pull_request;
  return {
    name: context.eventName,
    repository: { ...context.repo, id: payload.repository?.id },
    defaultBranch,
    sha: context.sha,
    ref: context.ref,
    pullRequest: pull
      ? {
          number: pull.number,
          baseRef: pull.base.ref,
          baseSha: pull.base.sha,
          headSha: pull.head.sha,
        }
      : null,
    workflowRun: (payload.workflow_run as WorkflowRunPayload) ?? null,
    isDefaultBranchPush:
      context.eventName === 'push' &&
      defaultBranch !== undefined &&
      context.ref === `refs/heads/${defaultBranch}`,
    runUrl: context.runId
      ? `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
      : null,
  };
}
