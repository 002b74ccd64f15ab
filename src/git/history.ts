import { randomBytes } from 'node:crypto';
import { UsageError } from '../errors.js';
import { git, GitError, hasCommit, isShallow, tryGit } from './git.js';

/** A repository and the remote to fetch its history from. */
export interface HistoryOptions {
  /** Working directory inside the repository. */
  cwd: string;
  /** Remote to fetch from, such as "origin". */
  remote: string;
}

/**
 * Returns a ref name that no other memgate process uses, below
 * refs/memgate/fetch/, so that writers sharing one clone never fetch into
 * the same ref (git rejects a fetch whose ref moved since it started).
 */
export function privateRef(name: string): string {
  return `refs/memgate/fetch/${process.pid}-${randomBytes(4).toString('hex')}/${name}`;
}

/** Deletes a ref made by privateRef; a ref that is already gone is fine. */
export async function deleteRef(cwd: string, ref: string): Promise<void> {
  await tryGit(['update-ref', '-d', ref], { cwd });
}

/**
 * Checks that `name` is a valid branch name, such as "main", and not an
 * option; throws a UsageError naming `option` otherwise.
 */
export async function checkBranchName(
  cwd: string,
  name: string,
  option: string,
): Promise<void> {
  const result = name.startsWith('-')
    ? { exitCode: 1 }
    : await tryGit(['check-ref-format', `refs/heads/${name}`], { cwd });
  if (result.exitCode !== 0) {
    throw new UsageError(
      `Invalid ${option} "${name}": it is not a valid git branch name. Pass a branch name such as main.`,
    );
  }
}

/**
 * Checks that `revision` is no option and names a commit, fetching it from
 * the remote where the clone lacks it, and returns its full id. Throws a
 * UsageError naming `option` otherwise.
 */
export async function resolveRevision(
  options: HistoryOptions,
  revision: string,
  option: string,
): Promise<string> {
  const invalid = (reason: string) =>
    new UsageError(
      `Invalid ${option} "${revision}": ${reason}. Pass a commit id or a ref, such as HEAD.`,
    );
  if (revision === '' || revision.startsWith('-')) {
    throw invalid('a revision cannot start with "-"');
  }
  await ensureCommit(options, revision);
  const result = await tryGit(
    [
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${revision}^{commit}`,
    ],
    { cwd: options.cwd },
  );
  if (result.exitCode !== 0)
    throw invalid(`it names no commit in ${options.cwd}`);
  return result.stdout.trim();
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
  // --refmap= (empty): no opportunistic update of refs/remotes/<remote>/*,
  // which concurrent fetches in one clone would fail to lock.
  const args = ['fetch', '--no-tags', '--quiet', '--refmap='];
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
  await checkBranchName(options.cwd, options.baseBranch, 'base branch');
  const baseRef = privateRef('base');
  try {
    return await searchMergeBase(options, baseRef);
  } finally {
    await deleteRef(options.cwd, baseRef);
  }
}

async function searchMergeBase(
  options: HistoryOptions & { baseBranch: string; head: string },
  baseRef: string,
): Promise<string> {
  const tip = await fetchBranch(options, options.baseBranch, baseRef, 50);
  if (tip === null) {
    throw new UsageError(
      `Base branch "${options.baseBranch}" was not found on remote "${options.remote}": pass the branch the pull request targets.`,
    );
  }
  const head = await resolveRevision(options, options.head, 'head commit');
  const refspec = `+refs/heads/${options.baseBranch}:${baseRef}`;
  for (const step of [...DEEPEN_STEPS, 'unshallow' as const]) {
    const found = await mergeBase(options.cwd, baseRef, head);
    if (found !== null) return found;
    if (!(await isShallow(options.cwd))) break;
    const deepen = step === 'unshallow' ? '--unshallow' : `--deepen=${step}`;
    await git(
      [
        'fetch',
        '--no-tags',
        '--quiet',
        '--refmap=',
        deepen,
        options.remote,
        refspec,
      ],
      {
        cwd: options.cwd,
      },
    );
  }
  const found = await mergeBase(options.cwd, baseRef, head);
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
  const result = await tryGit(['merge-base', '--end-of-options', base, head], {
    cwd,
  });
  return result.exitCode === 0 ? result.stdout.trim() : null;
}

async function ensureCommit(options: HistoryOptions, commit: string) {
  if (await hasCommit(options.cwd, commit)) return;
  const args = ['fetch', '--no-tags', '--quiet'];
  if (await isShallow(options.cwd)) args.push('--depth=50');
  // --end-of-options: `commit` comes from the command line and must never
  // be read as an option such as --upload-pack=COMMAND.
  const result = await tryGit(
    [...args, '--end-of-options', options.remote, commit],
    { cwd: options.cwd },
  );
  // A revision the remote does not have is reported by the caller.
  if (
    result.exitCode !== 0 &&
    !/couldn't find remote ref|not our ref|unadvertised object/i.test(
      result.stderr,
    )
  ) {
    throw new GitError([...args, options.remote, commit], result);
  }
}
