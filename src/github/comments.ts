import * as core from '@actions/core';
import { httpStatus, type GitHubClient, type RepositoryRef } from './client.js';

/** Target of a comment: a pull request, which the REST API treats as an issue. */
export interface CommentTarget extends RepositoryRef {
  issueNumber: number;
}

/** Result of upsertComment. */
export interface CommentResult {
  id: number;
  url: string;
  /** `kept` when `keepExisting` decided not to overwrite the comment. */
  action: 'created' | 'updated' | 'unchanged' | 'kept';
  /** Duplicates removed because two runs raced. */
  deleted: number;
}

/** A memgate comment found on the pull request. */
export interface FoundComment {
  id: number;
  body: string;
  url: string;
}

/** Returns the hidden marker that identifies memgate's comment for `key`. */
export function commentMarker(key: string): string {
  return `<!-- memgate:${key} -->`;
}

/** Returns the hidden line, below the marker, that records the head commit measured. */
export function headCommitLine(sha: string): string {
  return `<!-- memgate-head:${sha} -->`;
}

/**
 * Returns the head commit that a memgate comment records, or null. Lines
 * may end in CRLF, as they do after an edit in the browser.
 */
export function recordedHeadCommit(body: string): string | null {
  const second = body.split('\n', 2)[1] ?? '';
  return (
    /^<!-- memgate-head:([0-9a-f]{7,64}) -->\r?$/.exec(second)?.[1] ?? null
  );
}

/**
 * Tells whether `body` is a memgate comment for `marker`: the marker must
 * be the body's first line. A marker further down is text quoted from
 * elsewhere, such as a workload's stderr or a pull request title. The
 * line may end in LF or CRLF.
 */
export function startsWithMarker(body: string, marker: string): boolean {
  return (
    body === marker ||
    body.startsWith(`${marker}\n`) ||
    body.startsWith(`${marker}\r\n`)
  );
}

/**
 * Lists the comments that start with `marker` and were written by one of
 * `authors`, across every page, oldest first. Comments by anyone else are
 * ignored, because a pull request's author can paste the marker too.
 */
export async function findMarkedComments(
  octokit: GitHubClient,
  target: CommentTarget,
  marker: string,
  authors: ReadonlySet<string>,
): Promise<FoundComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((comment) => authors.has(comment.user?.login ?? ''))
    .filter((comment) => startsWithMarker(comment.body ?? '', marker))
    .map((comment) => ({
      id: comment.id,
      body: comment.body ?? '',
      url: comment.html_url,
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Writes `body` (whose first line must be `marker`) as the one comment for the
 * marker: edits the oldest existing comment in place or creates one. When
 * two runs raced and both created a comment, the run that finds the
 * duplicate keeps the oldest, writes its own body there and deletes the rest.
 * When `keepExisting` returns true for the oldest comment, nothing is written.
 */
export async function upsertComment(
  octokit: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  authors: Set<string>,
  keepExisting: (comment: FoundComment) => Promise<boolean> = async () => false,
): Promise<CommentResult> {
  const existing = await findMarkedComments(octokit, target, marker, authors);
  if (existing.length > 0) {
    const oldest = existing[0]!;
    if (await keepExisting(oldest)) {
      return { id: oldest.id, url: oldest.url, action: 'kept', deleted: 0 };
    }
    return keepOldest(octokit, target, existing, body);
  }

  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  if (data.user?.login) authors.add(data.user.login);
  core.info(`Created comment ${data.html_url}`);

  // A run that started at the same time may have created one as well.
  const after = await findMarkedComments(octokit, target, marker, authors);
  if (after.length <= 1) {
    return { id: data.id, url: data.html_url, action: 'created', deleted: 0 };
  }
  core.info(
    `Found ${after.length} memgate comments with the same key: keeping the oldest`,
  );
  return keepOldest(octokit, target, after, body);
}

async function keepOldest(
  octokit: GitHubClient,
  target: CommentTarget,
  comments: FoundComment[],
  body: string,
): Promise<CommentResult> {
  const [oldest, ...duplicates] = comments as [FoundComment, ...FoundComment[]];
  let action: CommentResult['action'] = 'unchanged';
  if (oldest.body !== body) {
    await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: oldest.id,
      body,
    });
    action = 'updated';
    core.info(`Updated comment ${oldest.url}`);
  }
  for (const duplicate of duplicates) {
    await deleteComment(octokit, target, duplicate.id);
  }
  return { id: oldest.id, url: oldest.url, action, deleted: duplicates.length };
}

async function deleteComment(
  octokit: GitHubClient,
  target: CommentTarget,
  commentId: number,
): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: commentId,
    });
    core.info(`Deleted duplicate comment ${commentId}`);
  } catch (error) {
    // The racing run may have deleted it first.
    if (httpStatus(error) !== 404) throw error;
  }
}
