import * as core from '@actions/core';
import { GitBranchStore } from '../baseline/branch-store.js';
import { FileStore } from '../baseline/file-store.js';
import { selectBaseline, type SelectedBaseline } from '../baseline/select.js';
import type { BaselineStore } from '../baseline/types.js';
import type { Report } from '../report/types.js';
import type { ActionInputs } from './inputs.js';

function openStore(inputs: ActionInputs, cwd: string): BaselineStore | null {
  switch (inputs.baseline) {
    case 'branch':
      return new GitBranchStore({
        cwd,
        ...(inputs.baselineBranch ? { branch: inputs.baselineBranch } : {}),
      });
    case 'file':
      return new FileStore({
        cwd,
        ...(inputs.baselineFile ? { path: inputs.baselineFile } : {}),
      });
    case 'none':
      return null;
  }
}

/**
 * Loads the baseline for a commit: the record of the merge-base of
 * `baseBranch` and `head`, or of its nearest first-parent ancestor with one.
 */
export async function loadBaseline(
  inputs: ActionInputs,
  cwd: string,
  baseBranch: string,
  head: string,
): Promise<SelectedBaseline> {
  const store = openStore(inputs, cwd);
  if (store === null) {
    core.info('Baseline: none, so every workload is new');
    return { report: null, info: { store: 'none' } };
  }
  const selected = await selectBaseline(store, { cwd, baseBranch, head });
  const { commit, mergeBase, distance, missingReason } = selected.info;
  if (commit) {
    core.info(
      `Baseline: record of ${commit} (${store.kind} store), ${distance} commit(s) before merge-base ${mergeBase}`,
    );
  } else if (missingReason) {
    core.info(
      `Baseline: none, because ${missingReason}. This is normal before the first push to the default branch stores a record; otherwise check the "baseline-branch" input for a typo.`,
    );
  } else {
    core.info(
      `Baseline: no record within reach of merge-base ${mergeBase} (${store.kind} store)`,
    );
  }
  return selected;
}

/**
 * Stores `report` as the baseline record of `commit` in the branch store.
 * The file store is a file that people commit, so nothing is written there.
 */
export async function storeBaseline(
  inputs: ActionInputs,
  cwd: string,
  commit: string,
  report: Report,
): Promise<string | null> {
  if (inputs.baseline !== 'branch') {
    core.info(
      `Baseline "${inputs.baseline}": no record stored. With "file", commit the report as the baseline file to update it.`,
    );
    return null;
  }
  const store = openStore(inputs, cwd) as GitBranchStore;
  const result = await store.write(commit, report);
  core.info(
    `Stored the record of ${commit} at ${result.path} on branch ${store.branch} (${result.attempts} push attempt(s))`,
  );
  return result.path;
}
