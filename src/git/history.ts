import { UsageError } from '../errors.js';
import { git, GitError, hasCommit, isShallow, tryGit } from './git.js';

/** A repository and the remote to fetch its history from. */
export interface HistoryOptions {
  /** Working directory inside the repository. */
  cwd: string;
  /** Remote to fetch from, such as "origin". */
  remote: string;
}

/** Commits fetched per step while deepening a shallow clone. */
const DEEPEN_STEPS = [50, 200, 1000];

/**
 * Fetches `branch` from the remote into `localRef` and returns its tip, or
 * null where the remote has no such branch. In a shallow clone the fetch is
 * shallow too (`depth` commits), so that a repository cloned with depth 1
 * does not pull its whole history.
 */
export async function fetchBranch(
  options: HistoryOptions,
  branch: string,
  localRef: string,
  depth?: number,
): Promise<string | null> {
  const args = ['fetch', '--no-tags', '--quiet'];
  if (depth !== undefined && (await isShallow(options.cwd))) {
    args.push(`--depth=${depth}`);
  }
  args.push(options.remote, `+refs/heads/${branch}:${localRef}`);
  const result = await tryGit(args, { cwd: options.cwd });
  if (result.exitCode !== 0) {
    if (/couldn't find remote ref/i.test(result.stderr)) return null;
    throw new GitError(args, result);
  }
  return git(['rev-parse', '--verify', `${localRef}^{commit}`], {
    cwd: options.cwd,
  });
}

/**
 * Finds the merge-base of the base branch's tip and `head`, fetching the base
 * branch into a private ref and deepening a shallow clone step by step
 * (then `--unshallow`) until the two histories meet.
 */
export async function findMergeBase(
  options: HistoryOptions & { baseBranch: string; head: string },
): Promise<string> {
  const baseRef = `refs/memgate/base/${options.baseBranch}`;
  const tip = await fetchBranch(options, options.baseBranch, baseRef, 50);
  if (tip === null) {
    throw new UsageError(
      `Base branch "${options.baseBranch}" was not found on remote "${options.remote}": pass the branch the pull request targets.`,
    );
  }
  await ensureCommit(options, options.head);
  const refspec = `+refs/heads/${options.baseBranch}:${baseRef}`;
  for (const step of [...DEEPEN_STEPS, 'unshallow' as const]) {
    const found = await mergeBase(options.cwd, baseRef, options.head);
    if (found !== null) return found;
    if (!(await isShallow(options.cwd))) break;
    const deepen = step === 'unshallow' ? '--unshallow' : `--deepen=${step}`;
    await git(
      ['fetch', '--no-tags', '--quiet', deepen, options.remote, refspec],
      {
        cwd: options.cwd,
      },
    );
  }
  const found = await mergeBase(options.cwd, baseRef, options.head);
  if (found !== null) return found;
  throw new UsageError(
    `Branch "${options.baseBranch}" and commit ${options.head} share no history, so there is no merge-base to take a baseline from.`,
  );
}

/**
 * Lists `commit` and up to `count` of its first-parent ancestors, nearest
 * first, deepening a shallow clone once where it ends too early.
 */
export async function firstParentAncestors(
  options: HistoryOptions,
  commit: string,
  count: number,
): Promise<string[]> {
  const list = () =>
    git(['rev-list', '--first-parent', `--max-count=${count + 1}`, commit], {
      cwd: options.cwd,
    }).then((output) => output.split('\n').filter(Boolean));
  const commits = await list();
  if (commits.length > count || !(await isShallow(options.cwd))) {
    return commits;
  }
  await tryGit(
    ['fetch', '--no-tags', '--quiet', `--deepen=${count + 1}`, options.remote],
    { cwd: options.cwd },
  );
  return list();
}

async function mergeBase(
  cwd: string,
  base: string,
  head: string,
): Promise<string | null> {
  const result = await tryGit(['merge-base', base, head], { cwd });
  return result.exitCode === 0 ? result.stdout.trim() : null;
}

async function ensureCommit(options: HistoryOptions, commit: string) {
  if (await hasCommit(options.cwd, commit)) return;
  const args = ['fetch', '--no-tags', '--quiet'];
  if (await isShallow(options.cwd)) args.push('--depth=50');
  await git([...args, options.remote, commit], { cwd: options.cwd });
}
