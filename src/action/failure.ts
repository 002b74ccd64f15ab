import * as core from '@actions/core';
import { escapeMarkdown } from '../compare/markdown.js';
import { Outputs } from './constants.js';
import type { EventInfo } from './event.js';
import type { ActionInputs } from './inputs.js';
import { setOutput } from './outputs.js';
import { publishFailureComment } from './publish.js';
import { findTarget } from './target.js';

/**
 * Ends a run that failed before its gate decided. It sets `verdict` to
 * error, fails the step and writes the message to the job summary. On a
 * pull request it also replaces the memgate comment with the message, so
 * that an earlier "passed" comment never stays. `inputs` and `event` are
 * null when reading them failed.
 */
export async function reportFailure(
  error: unknown,
  inputs: ActionInputs | null,
  event: EventInfo | null,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  setOutput(Outputs.Verdict, 'error');
  core.setFailed(message);
  await writeErrorSummary(message);
  if (inputs === null || event === null) return;
  if (inputs.mode === 'measure' || event.isDefaultBranchPush) return;
  try {
    const target = await findTarget(inputs, event);
    await publishFailureComment(
      message,
      {
        repository: event.repository,
        pullRequest: target.pullRequest,
        headSha: target.head,
        runUrl: event.runUrl,
      },
      inputs,
    );
  } catch (publishError) {
    core.warning(
      `Could not write the failure to the pull request comment: ${String(publishError)}`,
    );
  }
}

async function writeErrorSummary(message: string): Promise<void> {
  try {
    await core.summary
      .addRaw(
        `### ❌ memgate could not check memory\n\n${escapeMarkdown(message)}\n`,
      )
      .write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${String(error)}`);
  }
}
