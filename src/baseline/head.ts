import { readFile } from 'node:fs/promises';
import { tryGit } from '../git/git.js';

/** The commit to select a baseline for, and the reason it was picked. */
export interface DefaultHead {
  head: string;
  /** Log line for people, or null where HEAD is an ordinary commit. */
  note: string | null;
}

/**
 * Picks the pull request's head when `--head` is not given. In a
 * pull_request job, `actions/checkout` checks out GitHub's test merge
 * commit, whose first parent is the base branch's tip. HEAD would then
 * select the base tip's record, so the event payload's
 * pull_request.head.sha is used instead. Elsewhere HEAD is used, with a
 * note when it is a merge commit.
 */
export async function defaultHead(
  cwd: string,
  eventPath = process.env.GITHUB_EVENT_PATH,
): Promise<DefaultHead> {
  const fromEvent = await pullRequestHead(eventPath);
  if (fromEvent !== null) {
    return {
      head: fromEvent,
      note: `head ${fromEvent}: pull_request.head.sha of the event in ${eventPath}`,
    };
  }
  const parents = await tryGit(['rev-list', '--parents', '-n', '1', 'HEAD'], {
    cwd,
  });
  const ids = parents.stdout.trim().split(' ');
  if (parents.exitCode !== 0 || ids.length < 3)
    return { head: 'HEAD', note: null };
  return {
    head: 'HEAD',
    note: `head: HEAD ${ids[0]} is a merge commit (parents ${ids.slice(1).join(', ')}), used as it is. In a pull request checkout it is GitHub's test merge commit: pass --head with the pull request's head commit to select the baseline of its real merge-base.`,
  };
}

async function pullRequestHead(
  eventPath: string | undefined,
): Promise<string | null> {
  if (eventPath === undefined || eventPath === '') return null;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch {
    // Not a readable JSON event file: behave as outside GitHub Actions.
    return null;
  }
  const sha = (payload as { pull_request?: { head?: { sha?: unknown } } })
    ?.pull_request?.head?.sha;
  return typeof sha === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)
    ? sha
    : null;
}
