import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UsageError } from '../errors.js';
import type { Report } from '../report/types.js';
import { git, GitError, tryGit } from '../git/git.js';
import { commitDate, prunableRecords, recordSubject } from './prune.js';
import {
  checkBranchName,
  deleteRef,
  fetchBranch,
  privateRef,
} from '../git/history.js';
import { BaselineStoreError } from './errors.js';
import { parseReport, serializeReport } from './record.js';
import {
  DEFAULT_KEEP_RECORDS,
  DEFAULT_STORE_BRANCH,
  type BaselineStore,
} from './types.js';

/** Settings of the git branch store. */
export interface BranchStoreOptions {
  /** Working directory inside the repository. */
  cwd: string;
  /** Remote with the store branch; default "origin". */
  remote?: string;
  /** Store branch; default "memgate-baselines". */
  branch?: string;
  /** How many records to keep, newest first by recorded commit date; default 500. */
  keep?: number;
  /** Push attempts before a write gives up; default 10. */
  maxAttempts?: number;
  /** Committer of store commits; default memgate <memgate@localhost>. */
  author?: { name: string; email: string };
}

/** Result of a write. */
export interface WriteResult {
  /** The store branch commit that contains the new record. */
  storeCommit: string;
  /** Path of the record inside the store branch. */
  path: string;
  /** Push attempts, 1 when no other writer pushed at the same time. */
  attempts: number;
  /** Paths of the records removed by pruning. */
  pruned: string[];
}

/** Returns the path of the record for `commit`: records/<sha[0:2]>/<sha>.json. */
export function recordPath(commit: string): string {
  return `records/${commit.slice(0, 2)}/${commit}.json`;
}

// A push that lost a race with another writer: the branch moved before the
// push (rejected locally), or while the remote updated it (its ref lock).
// A hook or protection rule that declines the push shows "[remote
// rejected] ... (pre-receive hook declined)" or similar and is no race.
// Another git process in the same clone held a lock that a fetch needs.
const localLock =
  /cannot lock ref|unable to create '[^']*\.lock'|shallow file has changed/i;

const lostRace =
  /\[rejected\].*\((non-fast-forward|fetch first|stale info)\)|\[remote rejected\].*\((cannot lock ref|failed to update ref|failed to lock|incorrect old value)/i;

/**
 * Baseline records kept as JSON files in a dedicated branch of the same
 * repository, one file per commit, so that concurrent writers only conflict
 * on the branch tip and a retry on top of the new tip resolves it. Written
 * with plumbing and a temporary index, so the user's working tree, index
 * and current branch are never touched.
 */
export class GitBranchStore implements BaselineStore {
  readonly kind = 'branch' as const;
  readonly cwd: string;
  readonly remote: string;
  readonly branch: string;
  readonly keep: number;
  readonly maxAttempts: number;
  private readonly author: { name: string; email: string };
  private tip: string | null = null;
  private prepared = false;

  constructor(options: BranchStoreOptions) {
    this.cwd = options.cwd;
    this.remote = options.remote ?? 'origin';
    this.branch = options.branch ?? DEFAULT_STORE_BRANCH;
    this.keep = options.keep ?? DEFAULT_KEEP_RECORDS;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.author = options.author ?? {
      name: 'memgate',
      email: 'memgate@localhost',
    };
    if (!Number.isInteger(this.keep) || this.keep < 1) {
      throw new UsageError(
        `Invalid number of records to keep "${options.keep}": use a whole number of 1 or more.`,
      );
    }
  }

  /** Names the branch and remote, for messages. */
  describe(): string {
    return `branch "${this.branch}" of remote "${this.remote}"`;
  }

  /**
   * Fetches the store branch's tip; an absent branch is an empty store.
   * The fetch goes to a ref of this process alone, deleted afterwards,
   * because writers that share one clone would otherwise fail to lock it.
   */
  async prepare(): Promise<void> {
    await checkBranchName(this.cwd, this.branch, '--branch');
    const ref = privateRef('store');
    try {
      const options = { cwd: this.cwd, remote: this.remote };
      this.tip = await fetchBranch(options, this.branch, ref);
    } finally {
      await deleteRef(this.cwd, ref);
    }
    this.prepared = true;
  }

  /** Names a store branch that the remote does not have, after prepare. */
  missingReason(): string | null {
    if (!this.prepared || this.tip !== null) return null;
    return `branch "${this.branch}" does not exist on remote "${this.remote}" yet`;
  }

  /** Lists the commits that have a record, from the fetched store branch. */
  async listCommits(): Promise<string[]> {
    if (!this.prepared) await this.prepare();
    if (this.tip === null) return [];
    const output = await git(
      ['ls-tree', '-r', '--name-only', this.tip, '--', 'records'],
      { cwd: this.cwd },
    );
    return output
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^.*\//, '').replace(/\.json$/, ''));
  }

  /** Reads the record for `commit`; throws a RecordError naming commit and path when it is corrupt or too new. */
  async read(commit: string): Promise<Report | null> {
    if (!this.prepared) await this.prepare();
    if (this.tip === null) return null;
    const path = recordPath(commit);
    const result = await tryGit(['cat-file', 'blob', `${this.tip}:${path}`], {
      cwd: this.cwd,
    });
    if (result.exitCode !== 0) return null;
    const source = `the baseline record for commit ${commit} (${path} in branch ${this.branch})`;
    return parseReport(result.stdout, source);
  }

  /**
   * Stores `report` as the record for `commit` and pushes it, fetching and
   * re-applying on top of the new tip when another writer got there first.
   */
  async write(commit: string, report: Report): Promise<WriteResult> {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) {
      throw new UsageError(
        `Invalid commit "${commit}": pass the full hexadecimal commit id.`,
      );
    }
    const path = recordPath(commit);
    const date = await commitDate(this.cwd, commit);
    const blob = await git(['hash-object', '-w', '--stdin'], {
      cwd: this.cwd,
      input: serializeReport(report),
    });
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      if (!(await this.prepareUnlessLocked())) {
        await sleep(backoffMs(attempt));
        continue;
      }
      const { storeCommit, pruned } = await this.commitRecord(
        commit,
        path,
        blob,
        date,
      );
      const pushed = await this.push(storeCommit);
      if (pushed) {
        this.tip = storeCommit;
        return { storeCommit, path, attempts: attempt, pruned };
      }
      await sleep(backoffMs(attempt));
    }
    throw new BaselineStoreError(
      `Could not store the baseline record for commit ${commit}: the push to branch "${this.branch}" of remote "${this.remote}" was rejected ${this.maxAttempts} times because other jobs updated it at the same time. Run the job again.`,
    );
  }

  /**
   * Fetches like prepare(), but returns false where another git process in
   * this clone held a lock file (a ref, packed-refs or the shallow file),
   * so that the write loop tries again.
   */
  private async prepareUnlessLocked(): Promise<boolean> {
    try {
      await this.prepare();
      return true;
    } catch (error) {
      if (error instanceof GitError && localLock.test(error.result.stderr)) {
        return false;
      }
      throw error;
    }
  }

  private async commitRecord(
    commit: string,
    path: string,
    blob: string,
    date: number,
  ) {
    const folder = await mkdtemp(join(tmpdir(), 'memgate-index-'));
    try {
      const env = { GIT_INDEX_FILE: join(folder, 'index') };
      const options = { cwd: this.cwd, env };
      await git(
        this.tip === null ? ['read-tree', '--empty'] : ['read-tree', this.tip],
        options,
      );
      await git(
        ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`],
        options,
      );
      const pruned =
        this.tip === null
          ? []
          : await prunableRecords(this.cwd, this.tip, path, date, this.keep);
      if (pruned.length > 0) {
        await git(['update-index', '--force-remove', '--', ...pruned], options);
      }
      const tree = await git(['write-tree'], options);
      const parents = this.tip === null ? [] : ['-p', this.tip];
      const message = recordSubject(commit, date);
      const storeCommit = await git(
        ['commit-tree', tree, ...parents, '-m', message],
        {
          cwd: this.cwd,
          env: this.identity(),
        },
      );
      return { storeCommit, pruned };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /**
   * Pushes `storeCommit` to the store branch. Returns false when another
   * writer moved the branch first, so a retry on the new tip can succeed,
   * and throws with the remote's own message on any other rejection, such
   * as a hook, branch protection or missing permission.
   */
  private async push(storeCommit: string): Promise<boolean> {
    const refspec = `${storeCommit}:refs/heads/${this.branch}`;
    // core.hooksPath=/dev/null: this push writes memgate's own store
    // branch, not the user's work, so the user's pre-push hooks (tests,
    // linters, prompts) must not run on it, block it or slow it down.
    const result = await tryGit(
      [
        '-c',
        'core.hooksPath=/dev/null',
        'push',
        '--quiet',
        this.remote,
        refspec,
      ],
      { cwd: this.cwd },
    );
    if (result.exitCode === 0) return true;
    if (lostRace.test(result.stderr)) return false;
    throw new BaselineStoreError(
      `Could not push baseline records to branch "${this.branch}" of remote "${this.remote}": ${result.stderr.trim()}\nCheck that the job may push to that branch (permissions: contents: write) and that no branch protection rule or hook on the remote rejects it.`,
    );
  }

  private identity(): Record<string, string> {
    const { name, email } = this.author;
    return {
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
    };
  }
}

/** Jittered exponential backoff: about 100 ms, doubling up to 3.2 s. */
function backoffMs(attempt: number): number {
  const base = 100 * 2 ** Math.min(attempt - 1, 5);
  return base / 2 + Math.random() * base;
}
