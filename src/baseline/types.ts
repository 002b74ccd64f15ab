import type { Report } from '../report/types.js';

/** A place that keeps one baseline report per commit of the default branch. */
export interface BaselineStore {
  /** "branch" or "file", as BaselineInfo.store. */
  readonly kind: 'branch' | 'file';
  /** Fetches what reading needs, such as the store branch. */
  prepare(): Promise<void>;
  /** Reads the baseline for `commit`, or null where it has none. */
  read(commit: string): Promise<Report | null>;
  /** Names where records are looked up, for messages, such as `branch "x" of remote "origin"`. */
  /**
   * After prepare: why the store has no records at all, such as
   * `branch "x" does not exist on remote "origin" yet`, or null.
   */
  missingReason?(): string | null;
  describe?(): string;
}

/** Default name of the branch that keeps baseline records. */
export const DEFAULT_STORE_BRANCH = 'memgate-baselines';

/** Default path of the baseline file committed in the repository. */
export const DEFAULT_BASELINE_FILE = 'memgate-baseline.json';

/** Default number of records the branch store keeps. */
export const DEFAULT_KEEP_RECORDS = 500;

/** Default number of first-parent commits to walk back from the merge-base. */
export const DEFAULT_MAX_DISTANCE = 50;
