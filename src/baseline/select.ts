import type { BaselineInfo } from '../compare/types.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types.js';
import { VERSION } from '../version.js';
import { findMergeBase, firstParentAncestors } from '../git/history.js';
import { DEFAULT_MAX_DISTANCE, type BaselineStore } from './types.js';

/** The repository, the base branch and the head of a pull request. */
export interface SelectOptions {
  /** Working directory inside the repository. */
  cwd: string;
  /** Remote that has the base branch; default "origin". */
  remote?: string;
  /** Branch the pull request targets, such as "main". */
  baseBranch: string;
  /** The pull request's head commit (not the test merge commit GitHub makes). */
  head: string;
  /** First-parent commits to walk back from the merge-base; default 50. */
  maxDistance?: number;
}

/** The chosen baseline report, or null, and where it came from. */
export interface SelectedBaseline {
  report: Report | null;
  info: BaselineInfo;
}

/**
 * Selects the baseline of a pull request: the record for the merge-base of
 * the base branch and the head, or where it has none, the nearest
 * first-parent ancestor of the merge-base with one, within maxDistance.
 */
export async function selectBaseline(
  store: BaselineStore,
  options: SelectOptions,
): Promise<SelectedBaseline> {
  const remote = options.remote ?? 'origin';
  const maxDistance = options.maxDistance ?? DEFAULT_MAX_DISTANCE;
  await store.prepare();
  const mergeBase = await findMergeBase({ ...options, remote });
  const ancestors = await firstParentAncestors(
    { cwd: options.cwd, remote },
    mergeBase,
    maxDistance,
  );
  for (const [distance, commit] of ancestors.entries()) {
    const report = await store.read(commit);
    if (report !== null) {
      return {
        report,
        info: { store: store.kind, commit, mergeBase, distance },
      };
    }
  }
  const missingReason = store.missingReason?.() ?? null;
  return {
    report: null,
    info: {
      store: store.kind,
      mergeBase,
      ...(missingReason === null ? {} : { missingReason }),
    },
  };
}

/**
 * Returns the file that `memgate baseline select` writes: the baseline
 * report with where it came from, or where there is none, a report with no
 * workloads and `selection.found` false, which `memgate compare` reads as
 * "no baseline yet".
 */
export function selectionFile(selected: SelectedBaseline): Report {
  const selection = { found: selected.report !== null, ...selected.info };
  if (selected.report !== null) return { ...selected.report, selection };
  // No environment: there was no baseline run to describe.
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    memgateVersion: VERSION,
    createdAt: new Date().toISOString(),
    selection,
    workloads: [],
  } as unknown as Report;
}
