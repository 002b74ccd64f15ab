import * as core from '@actions/core';
import { createClient } from '../github/client.js';
import { findPullRequestOfRun } from '../github/pull-request.js';
import type { Report } from '../report/types.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';

/** Comparison target: the pull request, its base branch and head commit. */
export interface CompareTarget {
  pullRequest: number | null;
  baseBranch: string;
  head: string;
}

/**
 * Finds the pull request of `mode: report`: from the API for workflow_run,
 * because the report was written by the pull request's own code, or from
 * the payload for pull_request.
 */
export async function findTarget(
  inputs: ActionInputs,
  event: EventInfo,
): Promise<CompareTarget> {
  if (event.workflowRun) {
    const pull =
      inputs.token === ''
        ? null
        : await findPullRequestOfRun(
            createClient(inputs.token),
            event.repository,
            event.workflowRun,
          );
    if (pull === null)
      core.info(
        `No open pull request has head commit ${event.workflowRun.head_sha}: no comment`,
      );
    return {
      pullRequest: pull?.number ?? null,
      baseBranch: pull?.baseRef ?? requireDefaultBranch(event),
      head: event.workflowRun.head_sha,
    };
  }
  return targetOfEvent(event);
}

/** Returns the pull request of a pull_request event, or the pushed commit otherwise. */
export function targetOfEvent(event: EventInfo): CompareTarget {
  const pull = event.pullRequest;
  return {
    pullRequest: pull?.number ?? null,
    baseBranch: pull?.baseRef ?? requireDefaultBranch(event),
    head: pull?.headSha ?? event.sha,
  };
}

/** Returns the commits a report was measured on, with the pull request where there is one. */
export function gitContext(event: EventInfo): Report['git'] {
  const pull = event.pullRequest;
  return {
    commit: event.sha,
    ref: event.ref,
    ...(pull
      ? {
          pullRequest: pull.number,
          baseCommit: pull.baseSha,
          headCommit: pull.headSha,
        }
      : {}),
  };
}

function requireDefaultBranch(event: EventInfo): string {
  if (event.defaultBranch === undefined) {
    throw new Error(
      `The ${event.name} event payload names no default branch to take a baseline from.`,
    );
  }
  return event.defaultBranch;
}
